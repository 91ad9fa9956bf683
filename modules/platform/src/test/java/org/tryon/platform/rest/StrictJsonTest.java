package org.tryon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.YearRange;

class StrictJsonTest {

    enum Kind {
        CASH,
        CHECK
    }

    record Line(String text, int count) {}

    record Command(
            String name,
            int seats,
            Long contractorId,
            Integer allocation,
            boolean urgent,
            Boolean active,
            LocalDate on,
            BigDecimal amount,
            double hours,
            Kind kind,
            List<Line> lines,
            LocalDateTime at,
            @YearRange(from = 1700, to = 2999) LocalDate builtOn) {}

    static class Pojo {
        String name;
        int count;
        Pojo nested;
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static RuleViolationException.Violation refusal(String body) {
        return refusal(body, Command.class);
    }

    private static RuleViolationException.Violation refusal(String body, Class<?> type) {
        InvalidInputException e =
                catchThrowableOfType(InvalidInputException.class, () -> StrictJson.check(json(body), type));
        assertThat(e)
                .as("refused: " + (body.length() > 200 ? body.substring(0, 200) : body))
                .isNotNull();
        return e.violations().get(0);
    }

    @Test
    @DisplayName(
            "a well-formed command passes: whole numbers, booleans, dates in range, decimals as numbers or numeric strings, nulls")
    void wellFormed() {
        assertThatCode(() -> StrictJson.check(json("""
                {"name":"Acme","seats":7,"contractorId":9007199254740993,"allocation":null,"urgent":true,"active":false,
                 "on":"2026-12-06","amount":"12.50","hours":1.5,"kind":"CASH","lines":[{"text":"a","count":2}],
                 "at":"2026-12-06T10:15:00","builtOn":"1790-01-01","unknown":{"x":[1,2]}}"""), Command.class)).doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check(json("{}"), Command.class)).doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check(json("{\"amount\":-12.5,\"seats\":-3,\"seats2\":1.0}"), Command.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check(json("{\"seats\":5.0}"), Command.class))
                .as("5.0 is the whole number 5")
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} for an int is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "9223372036854775808|integer",
                "1e400|integer",
                "4294967301|integer",
                "2147483648|integer",
                "1.5|integer",
                "\"5\"|integer",
                "true|integer",
                "[1]|integer",
                "1e-400|integer"
            })
    @DisplayName(
            "whole numbers are JSON numbers without a fraction within the type's range, never wrapped, zeroed or read from text")
    void strictIntegers(String value, String rule) {
        var v = refusal("{\"seats\":" + value + "}");
        assertThat(v.field()).isEqualTo("seats");
        assertThat(v.rule()).isEqualTo(rule);
        assertThat(v.message()).startsWith("seats must be a whole number");
    }

    @Test
    @DisplayName("a long takes its whole range and no more")
    void longs() {
        assertThatCode(() -> StrictJson.check(json("{\"contractorId\":9223372036854775807}"), Command.class))
                .doesNotThrowAnyException();
        assertThat(refusal("{\"contractorId\":9223372036854775808}").field()).isEqualTo("contractorId");
        assertThat(refusal("{\"allocation\":-2147483649}").field()).isEqualTo("allocation");
    }

    @ParameterizedTest(name = "{0} for a boolean is refused")
    @CsvSource(
            delimiter = '|',
            value = {"\"maybe\"", "\"true\"", "1", "0", "{}"})
    @DisplayName("booleans are true or false, nothing else")
    void strictBooleans(String value) {
        var v = refusal("{\"urgent\":" + value + "}");
        assertThat(v.field()).isEqualTo("urgent");
        assertThat(v.rule()).isEqualTo("boolean");
        assertThat(refusal("{\"active\":" + value + "}").field()).isEqualTo("active");
    }

    @ParameterizedTest(name = "date {0} is refused by rule {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "+10000-01-01|date",
                "-0001-01-01|date",
                "10000-01-01|date",
                "1899-12-31|year",
                "3000-01-01|year",
                "2026-02-30|date",
                "2026-1-5|date",
                "06/12/2026|date"
            })
    @DisplayName("dates are ISO yyyy-MM-dd within 1900..2999 unless the field says otherwise")
    void dates(String value, String rule) {
        var v = refusal("{\"on\":\"" + value + "\"}");
        assertThat(v.field()).isEqualTo("on");
        assertThat(v.rule()).isEqualTo(rule);
    }

    @Test
    @DisplayName(
            "the edges of the date range pass; a field's own @YearRange widens it; a date-time's year is checked too")
    void dateEdges() {
        assertThatCode(() -> StrictJson.check(json("{\"on\":\"1900-01-01\"}"), Command.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check(json("{\"on\":\"2999-12-31\"}"), Command.class))
                .doesNotThrowAnyException();
        assertThatCode(() -> StrictJson.check(json("{\"builtOn\":\"1700-01-01\"}"), Command.class))
                .doesNotThrowAnyException();
        assertThat(refusal("{\"builtOn\":\"1699-12-31\"}").message()).contains("1700 to 2999");
        assertThat(refusal("{\"at\":\"+10000-01-01T00:00:00\"}").field()).isEqualTo("at");
        assertThat(refusal("{\"on\":20261206}").rule()).isEqualTo("date");
    }

    @Test
    @DisplayName("texts are at most 100,000 characters and not objects, lists or booleans")
    void texts() {
        String max = "x".repeat(StrictJson.MAX_STRING);
        assertThatCode(() -> StrictJson.check(json("{\"name\":\"" + max + "\"}"), Command.class))
                .doesNotThrowAnyException();
        var v = refusal("{\"name\":\"" + max + "x\"}");
        assertThat(v.field()).isEqualTo("name");
        assertThat(v.rule()).isEqualTo("maxLength");
        assertThat(refusal("{\"name\":{\"a\":1}}").rule()).isEqualTo("string");
        assertThat(refusal("{\"name\":true}").rule()).isEqualTo("string");
        assertThat(refusal("{\"unknown\":\"" + max + "x\"}").field())
                .as("even a field the command ignores")
                .isEqualTo("unknown");
    }

    @Test
    @DisplayName("decimals are finite, at most 30 digits and below 10^15; enumerations are one of their constants")
    void decimalsAndEnums() {
        assertThat(refusal("{\"amount\":1e400}").rule()).isEqualTo("number");
        assertThat(refusal("{\"amount\":\"12,50\"}").rule()).isEqualTo("number");
        assertThat(refusal("{\"hours\":1e400}").field()).isEqualTo("hours");
        assertThat(refusal("{\"amount\":1000000000000000}").rule()).isEqualTo("number");
        var kind = refusal("{\"kind\":\"BITCOIN\"}");
        assertThat(kind.rule()).isEqualTo("oneOf");
        assertThat(kind.message()).contains("CASH");
    }

    @Test
    @DisplayName("a body is one JSON value and nothing after it")
    void oneValue() {
        assertThat(StrictJsonReader.parse("{\"name\":\"a\"}").asJsonObject().getString("name"))
                .isEqualTo("a");
        for (String body : List.of("{\"name\":\"a\"}}", "{\"name\":", "not json", "{} {}")) {
            InvalidInputException e =
                    catchThrowableOfType(InvalidInputException.class, () -> StrictJsonReader.parse(body));
            assertThat(e).as(body).isNotNull();
            assertThat(e.violations().get(0).field()).isEqualTo("body");
        }
    }

    @Test
    @DisplayName(
            "nested fields are named by their path; a body that is not an object where one is expected is refused as 'body'")
    void nested() {
        var v = refusal("{\"lines\":[{\"text\":\"a\",\"count\":1},{\"text\":\"b\",\"count\":\"two\"}]}");
        assertThat(v.field()).isEqualTo("lines[1].count");
        assertThat(refusal("{\"lines\":{}}").rule()).isEqualTo("array");
        assertThat(refusal("[1,2]").field()).isEqualTo("body");
        assertThat(refusal("{\"nested\":{\"count\":4294967301}}", Pojo.class).field())
                .isEqualTo("nested.count");
        String deep = "{\"nested\":".repeat(40) + "{}" + "}".repeat(40);
        assertThat(refusal(deep, Pojo.class).rule()).isEqualTo("depth");
    }
}
