package io.clearline.governance.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void sortsKeysAndDropsWhitespace() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", Arrays.asList("x", null, true));
        m.put("B", Map.of("z", 2, "y", 3));

        assertThat(CanonicalJson.write(m)).isEqualTo("{\"B\":{\"y\":3,\"z\":2},\"a\":[\"x\",null,true],\"b\":1}");
    }

    @Test
    void escapesOnlyWhatJsonRequires() {
        assertThat(CanonicalJson.write("quote \" backslash \\ tab \t nl \n bell \u0007 é € 😀"))
                .isEqualTo("\"quote \\\" backslash \\\\ tab \\t nl \\n bell \\u0007 é € 😀\"");
    }

    @Test
    void equalDecimalsAreOneText() {
        assertThat(CanonicalJson.write(new BigDecimal("1.50"))).isEqualTo("1.5");
        assertThat(CanonicalJson.write(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CanonicalJson.write(new BigDecimal("0.000"))).isEqualTo("0");
    }

    @Test
    void jsonTreeAndMapWithTheSameContentGiveTheSameText() {
        String fromText = CanonicalJson.write(mapper.readTree("{ \"text\" : \"hi\",\n \"n\": 2, \"list\": [1, {\"b\":1,\"a\":0}] }"));
        String fromMap = CanonicalJson.write(Map.of("n", 2, "text", "hi",
                "list", java.util.List.of(1, Map.of("a", 0, "b", 1))));

        assertThat(fromText).isEqualTo(fromMap).isEqualTo("{\"list\":[1,{\"a\":0,\"b\":1}],\"n\":2,\"text\":\"hi\"}");
    }
}
