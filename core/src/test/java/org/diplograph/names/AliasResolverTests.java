package org.diplograph.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Ministry;
import org.diplograph.model.Official;
import org.junit.jupiter.api.Test;

class AliasResolverTests {

    @Test
    void twoMinistriesOfOneCountryAreNotMergedByTheirFirstAndLastWords() {
        var incoming = new Ministry(ActorId.of("GEO/ministry-of-foreign-affairs"), "Ministry of Foreign Affairs of Georgia", List.of());
        var known = new AliasResolver.Known(ActorId.of("GEO/ministry-of-defence"), ActorKind.MINISTRY,
                List.of("Ministry of Defence of Georgia"));

        assertThat(AliasResolver.resolve(incoming, List.of(known))).isEmpty();
    }

    @Test
    void anOfficialIsStillMergedByGivenAndFamilyName() {
        var incoming = new Official(ActorId.of("AZE/ilham-aliyev-2"), "Ilham Heydar oglu Aliyev", List.of(), null);
        var known = new AliasResolver.Known(ActorId.of("AZE/ilham-aliyev"), ActorKind.OFFICIAL, List.of("Ilham Aliyev"));

        assertThat(AliasResolver.resolve(incoming, List.of(known)))
                .hasValueSatisfying(m -> assertThat(m.rule()).isEqualTo(NameKeys.RULE_GIVEN_AND_FAMILY));
    }
}
