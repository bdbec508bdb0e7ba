package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.extract.GazetteerDoc.OfficialDoc;
import org.diplograph.extract.GazetteerDoc.RoleDoc;

/**
 * A Phoenix dictionary as gazetteer entries: every person an {@code officials} entry (his id gives his country,
 * his synonyms are spellings), and every role whose title the dictionary writes a {@code roles} entry (who held which
 * title in which body, and when), so that a title without a name resolves to its holder on the day. Titles that are
 * only a code's label ({@code Government}) are left out: they are no phrase an article writes.
 */
final class DictionaryGazetteer {

    private DictionaryGazetteer() {
    }

    static GazetteerDoc of(PhoenixDictionary dictionary) {
        List<OfficialDoc> officials = new ArrayList<>();
        List<RoleDoc> roles = new ArrayList<>();
        for (PhoenixDictionary.Person person : dictionary.people()) {
            officials.add(new OfficialDoc(person.id().value(), person.name(), person.aliases(), null));
            for (PhoenixDictionary.Role role : person.roles()) {
                if (role.titled()) {
                    roles.add(new RoleDoc(role.title(), role.body().id().value(), person.id().value(), person.name(),
                            role.from() == null ? null : role.from().toString(), role.to() == null ? null : role.to().toString()));
                }
            }
        }
        return new GazetteerDoc(null, null, null, null, null, null, null, null, null, officials, roles, null);
    }
}
