package dev.dynamodesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTemplateTest {
    @Test
    void parsesMatchesAndFills() {
        KeyTemplate template = KeyTemplate.parse("order#{orderDate}#{orderId}");
        assertThat(template.parameters()).containsExactly("orderDate", "orderId");
        assertThat(template.literalPrefix()).isEqualTo("order#");
        assertThat(template.match("order#2026-11-30#o-1")).contains(Map.of("orderDate", "2026-11-30", "orderId", "o-1"));
        assertThat(template.match("order#2026-11-30#o-1#x")).contains(Map.of("orderDate", "2026-11-30", "orderId", "o-1#x"));
        assertThat(template.match("invoice#2026#1")).isEmpty();
        assertThat(template.match("order##o-1")).isEmpty(); // an empty parameter is no value
        assertThat(template.fill(Map.of("orderDate", "2026-12-01", "orderId", "o-2"))).isEqualTo("order#2026-12-01#o-2");
        assertThatThrownBy(() -> template.fill(Map.of("orderDate", "x"))).hasMessage("Give orderId (for order#{orderDate}#{orderId})");
        assertThat(template).hasToString("order#{orderDate}#{orderId}");
    }

    @Test
    void constantsRepeatedParametersAndBadTemplates() {
        assertThat(KeyTemplate.parse("profile").isConstant()).isTrue();
        assertThat(KeyTemplate.parse("profile").match("profile")).contains(Map.of());
        assertThat(KeyTemplate.parse("profile").match("profiles")).isEmpty();
        KeyTemplate same = KeyTemplate.parse("company#{c}#company#{c}");
        assertThat(same.match("company#a#company#a")).contains(Map.of("c", "a"));
        assertThat(same.match("company#a#company#b")).isEmpty();
        assertThat(KeyTemplate.parse("{name}").match("Acme Corporation")).contains(Map.of("name", "Acme Corporation"));
        assertThatThrownBy(() -> KeyTemplate.parse("{a}{b}")).hasMessageContaining("two parameters need literal text between them");
        assertThatThrownBy(() -> KeyTemplate.parse("user#{email")).hasMessageContaining("a { without its }");
        assertThatThrownBy(() -> KeyTemplate.parse("user#{e mail}")).hasMessageContaining("is not a parameter name");
    }

    @Test
    void inferenceKeepsPrefixesAndTurnsWhatVariesIntoParameters() {
        assertThat(TemplateInference.infer(List.of("company#acme", "company#globex"))).hasToString("company#{p0}");
        assertThat(TemplateInference.infer(List.of("company#acme"))).hasToString("company#{p0}"); // one item: the prefix only
        assertThat(TemplateInference.infer(List.of("profile", "profile"))).hasToString("profile");
        assertThat(TemplateInference.infer(List.of("Acme", "Globex"))).hasToString("{p0}");
        assertThat(TemplateInference.infer(List.of("type#user", "type#user"))).hasToString("type#user");
        assertThat(TemplateInference.infer(List.of("order#2026#o-1", "order#2025#o-7"))).hasToString("order#{p0}#{p1}");
        assertThat(TemplateInference.infer(List.of("order#2026#o-1", "order#2025"))).hasToString("order#{p0}");
        assertThat(TemplateInference.infer(List.of("a#1", "a|2"))).hasToString("a{p0}");
        assertThat(TemplateInference.infer(List.of("x#1", "y|2"))).hasToString("{p0}");
    }
}
