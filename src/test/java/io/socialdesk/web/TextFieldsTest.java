package io.socialdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text no one could have typed, refused with the field it is in; plain text of every script let through. */
class TextFieldsTest {
    @Test
    void givenPlainTextOfManyScriptsWithLineBreaksAndEmoji_whenChecked_thenItPasses() {
        assertThat(TextFields.plain("Hello,\n\tأهلا 你好 👩‍👩‍👧 \u200d\r\n")).isTrue();
    }

    @Test
    void givenNulControlCharactersAndHalfSurrogates_whenChecked_thenEachIsRefused() {
        for (String text : new String[] {"a\u0000b", "bell\u0007", "del\u007f", "\ud800", "x\udc00y", "end\ud83d"}) {
            assertThat(TextFields.plain(text)).as("%s", text.codePoints().boxed().toList()).isFalse();
        }
    }

    @Test
    void givenAnUnreadableValueDeepInABody_whenChecked_thenItsPathIsNamed() {
        // when
        var found = TextFields.firstUnreadable(JsonParser.parseString(
                "{\"name\":\"ok\",\"credentials\":{\"accessToken\":\"a\\u0000b\"},\"words\":[\"x\",\"\\ud800\"]}")
                .getAsJsonObject());

        // then
        assertThat(found).contains("credentials.accessToken");
    }

    @Test
    void givenBytesThatAreNoUtf8OrTextWithAHalfSurrogate_whenReadAsABody_thenRefusedNamingTheBodyOrTheField() {
        // when
        RequestBody.Read latin1 = RequestBody.jsonObject(new ByteArrayInputStream(
                "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)));
        RequestBody.Read surrogate = RequestBody.jsonObject(new ByteArrayInputStream(
                "{\"text\":\"\\udc00 hi\"}".getBytes(StandardCharsets.UTF_8)));
        RequestBody.Read fine = RequestBody.jsonObject(new ByteArrayInputStream(
                "{\"text\":\"caf\u00e9 \\ud83d\\ude00\"}".getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(latin1).isInstanceOfSatisfying(RequestBody.Refused.class,
                r -> assertThat(r.error().field()).contains("body"));
        assertThat(surrogate).isInstanceOfSatisfying(RequestBody.Refused.class,
                r -> assertThat(r.error().field()).contains("text"));
        assertThat(fine).isInstanceOf(RequestBody.JsonBody.class);
    }
}
