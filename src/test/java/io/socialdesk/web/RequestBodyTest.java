package io.socialdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestBodyTest {
    @Test
    void givenAJsonObject_whenRead_thenItComesBackWhole() {
        // when
        RequestBody.Read read = RequestBody.jsonObject(stream("{\"text\":\"Hallo 👋\",\"n\":1}"));

        // then
        assertThat(read).isInstanceOfSatisfying(RequestBody.JsonBody.class,
                body -> assertThat(body.json().get("text").getAsString()).isEqualTo("Hallo 👋"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"text\"", "{text:\"unquoted name\"}", "{'text':'single quotes'}",
            "{\"text\":\"a\"} // comment", "{\"text\":\"a\"}{\"text\":\"b\"}", "{\"text\":\"a\",}", "{\"text\":"})
    void givenSomethingThatIsNotOneStrictJsonObject_whenRead_then400NamingTheBody(String body) {
        // when
        RequestBody.Read read = RequestBody.jsonObject(stream(body));

        // then
        assertThat(read).isEqualTo(new RequestBody.Refused(ApiError.invalid("body",
                "must be one JSON object (strict JSON, UTF-8)")));
    }

    @Test
    void givenABodyOneByteOverTheLimit_whenRead_then413AndNoMoreIsRead() {
        // given
        byte[] big = new byte[RequestBody.LIMIT + 1];
        ByteArrayInputStream in = new ByteArrayInputStream(big);

        // when
        RequestBody.Read exact = RequestBody.bytes(new ByteArrayInputStream(new byte[RequestBody.LIMIT]));
        RequestBody.Read over = RequestBody.bytes(in);

        // then
        assertThat(exact).isInstanceOf(RequestBody.Bytes.class);
        assertThat(over).isEqualTo(new RequestBody.Refused(ApiError.tooLarge(RequestBody.LIMIT)));
        assertThat(((RequestBody.Refused) over).error().response().getStatus()).isEqualTo(413);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
