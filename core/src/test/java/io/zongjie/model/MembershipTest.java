package io.zongjie.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.fixtures.EchoModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembershipTest {

    @Test
    void theBuilderNamesEachFigureAndLeavesTheOthersUnset() {
        Membership built = Membership.builder().staff(420).members(415).women(96).groups(12).build();

        assertThat(built).isEqualTo(new Membership(420, 415, 96, null, 12, null, null));
        assertThat(Membership.builder().staff(80).members(78).women(52).retirees(20).build())
                .isEqualTo(new Membership(80, 78, 52, 20));
        assertThat(built.membershipRate()).isEqualTo(415 / 420.0);
        assertThat(Membership.builder().build()).isEqualTo(new Membership(null, null, null, null));
    }

    @Test
    void aNegativeFigureFromTheBuilderIsAProblemWithItsPath() {
        try (ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule()).build()) {
            ReportSpec spec = new ReportSpec(ReportMeta.builder("某厂", "2024年", LocalDate.of(2024, 12, 1))
                    .membership(Membership.builder().staff(-3).build()).build(),
                    List.of(new SectionSpec("echo", null, Map.of("text", "回声"))));

            assertThat(engine.validate(spec)).extracting(p -> p.path() + ": " + p.message())
                    .containsExactly("report.membership.staff: must be greater than or equal to 0 (was -3)");
        }
    }
}
