package org.diplograph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No method of the core library is too large for the JIT. HotSpot never compiles a method of more than 8,000 bytes of
 * bytecode ({@code -XX:HugeMethodLimit}); at 7,655 bytes {@code MeetingTriggers.find} still failed in C1's profiling
 * tier ("out of virtual registers") and so never reached C2. Such a method runs many times slower than its neighbours,
 * and nothing else shows it: the facts stay the same. The limit here leaves room under both.
 */
class MethodSizeTests {

    private static final int LIMIT = 6_000;

    @Test
    void everyMethodFitsTheJit() throws IOException, URISyntaxException {
        Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Integer> sizes = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/diplograph"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    codeLengths(new DataInputStream(in), classes.relativize(file).toString(), sizes);
                }
            }
        }
        assertTrue(sizes.get("org/diplograph/extract/MeetingTriggers.class find") > 1_000, "the reader finds the methods' code");
        List<String> tooLarge = new ArrayList<>();
        sizes.forEach((method, bytes) -> {
            if (bytes > LIMIT) {
                tooLarge.add(method + " (" + bytes + " bytes)");
            }
        });
        assertEquals(List.of(), tooLarge, "methods over " + LIMIT + " bytes of bytecode: split them");
    }

    /** Reads a class file far enough to find each method's code length (JVM specification, chapter 4). */
    private static void codeLengths(DataInputStream in, String file, Map<String, Integer> sizes) throws IOException {
        assertEquals(0xCAFEBABE, in.readInt(), file);
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;  // a long or a double takes two entries
                }
                default -> throw new IOException(file + ": constant pool tag " + tag);
            }
        }
        in.skipNBytes(6);  // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort());  // interfaces
        for (int kind = 0; kind < 2; kind++) {  // fields, then methods
            int members = in.readUnsignedShort();
            for (int m = 0; m < members; m++) {
                in.skipNBytes(2);
                String name = utf8[in.readUnsignedShort()];
                in.skipNBytes(2);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    // (a static initialiser runs once: the interpreter serves it)
                    if (kind == 1 && attribute.equals("Code") && !name.equals("<clinit>")) {
                        in.skipNBytes(4);  // max stack, max locals
                        int code = in.readInt();
                        sizes.merge(file + " " + name, code, Math::max);
                        in.skipNBytes(length - 8L);
                    } else {
                        in.skipNBytes(length);
                    }
                }
            }
        }
    }
}
