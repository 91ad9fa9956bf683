package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Agendas, conflicts, motions and votes over HTTP (107.1.4 A, E, G; 107.2.4 A, C, G, H, J.1). */
class GovernanceAgendaIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult post(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    private JsonObject schedule(String body, String kind, LocalDateTime start, String purpose) {
        HttpResult m = post(
                "api/v1/meetings",
                "{\"commission\":\"" + body + "\",\"kind\":\"" + kind + "\",\"startsAt\":\"" + start
                        + "\",\"location\":\"Room 267\"" + (purpose == null ? "" : ",\"purpose\":\"" + purpose + "\"")
                        + "}");
        assertThat(m.status()).as(m.toString()).isEqualTo(201);
        return m.json();
    }

    private static List<Long> members(JsonObject meeting) {
        return meeting.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getJsonNumber("personId").longValue())
                .toList();
    }

    private static String ballots(List<Long> people, String choice) {
        return "{\"votes\":["
                + people.stream()
                        .map(p -> "{\"personId\":" + p + ",\"choice\":\"" + choice + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    @Test
    @DisplayName(
            "107.1.4 G, 107.1.4 A, E: a request three days ahead is late (due six working days before); each member's vote; a numbered resolution")
    void bdcLateRequestVoteAndResolution() {
        JsonObject meeting =
                schedule("BDC", "SPECIAL", system.today().plusDays(3).atTime(15, 0), "Fee methodology");
        long id = meeting.getJsonNumber("id").longValue();
        HttpResult late = post(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Fee study\",\"detail\":\"Review of the fee study\","
                        + "\"requestedBy\":\"HBA of Charlotte\",\"speakers\":[\"A. Speaker\"]}");
        assertThat(late.status()).as(late.toString()).isEqualTo(422);
        JsonObject error = late.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("rule")).isEqualTo("107.1.4 G six-working-days");
        assertThat(error.getString("message")).contains("it was due on ").contains("next meeting");
        assertThat(system.get("api/v1/meetings/" + id + "/agenda", "clerk", "clerk-demo")
                        .json()
                        .getJsonArray("items"))
                .isEmpty();

        post("api/v1/meetings/" + id + "/call-to-order", "");
        List<Long> people = members(meeting).subList(0, 7);
        people.forEach(p -> post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + p + "}"));
        HttpResult motion = post(
                "api/v1/meetings/" + id + "/motions",
                "{\"text\":\"Recommend the fee methodology to the Board\",\"moverId\":" + people.get(0)
                        + ",\"seconderId\":" + people.get(1) + "}");
        assertThat(motion.status()).as(motion.toString()).isEqualTo(201);
        long motionId = motion.json()
                .getJsonArray("otherMotions")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        HttpResult missing =
                post("api/v1/meetings/motions/" + motionId + "/votes", ballots(people.subList(0, 6), "AYE"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("107.1.4 E each-member");

        String votes = "{\"votes\":["
                + people.subList(0, 4).stream()
                        .map(p -> "{\"personId\":" + p + ",\"choice\":\"AYE\"}")
                        .collect(Collectors.joining(","))
                + ","
                + people.subList(4, 6).stream()
                        .map(p -> "{\"personId\":" + p + ",\"choice\":\"NAY\"}")
                        .collect(Collectors.joining(","))
                + ",{\"personId\":" + people.get(6) + ",\"choice\":\"ABSTAIN\"}]}";
        HttpResult decided = post("api/v1/meetings/motions/" + motionId + "/votes", votes);
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        JsonObject m = decided.json().getJsonArray("otherMotions").getJsonObject(0);
        assertThat(m.getString("status")).isEqualTo("CARRIED");
        assertThat(m.getInt("ayes")).isEqualTo(4);
        assertThat(m.getInt("nays")).isEqualTo(2);
        assertThat(m.getInt("abstentions")).isEqualTo(1);
        assertThat(m.getString("resolutionNumber"))
                .matches("BDC " + meeting.getString("startsAt").substring(0, 4) + "-\\d{2}");
        assertThat(m.getJsonArray("votes")).hasSize(7);

        HttpResult again = post("api/v1/meetings/motions/" + motionId + "/votes", votes);
        assertThat(again.status()).isEqualTo(422);

        // 107.1.4 E; G.S. 143-318.16A: the minutes from the record, approved at a later meeting, then only amended
        assertThat(post("api/v1/meetings/" + id + "/adjourn", "").status()).isEqualTo(200);
        JsonObject draft = system.get("api/v1/meetings/" + id + "/minutes", "clerk", "clerk-demo")
                .json();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("text"))
                .contains(
                        "Special meeting of the BDC",
                        "Members present:",
                        "Carried, 4 aye, 2 nay, 1 abstaining",
                        m.getString("resolutionNumber"),
                        "Adjourned at");
        JsonObject later = schedule("BDC", "SPECIAL", system.today().plusDays(5).atTime(15, 0), "Minutes");
        long laterId = later.getJsonNumber("id").longValue();
        post("api/v1/meetings/" + laterId + "/call-to-order", "");
        people.forEach(p -> post("api/v1/meetings/" + laterId + "/presences", "{\"personId\":" + p + "}"));
        long approval = post(
                        "api/v1/meetings/" + laterId + "/motions",
                        "{\"text\":\"Approve the minutes\",\"moverId\":" + people.get(2) + ",\"seconderId\":"
                                + people.get(3) + "}")
                .json()
                .getJsonArray("otherMotions")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult notYet = post("api/v1/meetings/" + id + "/minutes/approval", "{\"motionId\":" + approval + "}");
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("minutes.motion-carried");
        post("api/v1/meetings/motions/" + approval + "/votes", ballots(people, "AYE"));
        HttpResult approved = post("api/v1/meetings/" + id + "/minutes/approval", "{\"motionId\":" + approval + "}");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().getString("status")).isEqualTo("APPROVED");
        assertThat(approved.json().getString("availableOn"))
                .isEqualTo(system.today().toString());
        assertThat(approved.json().getString("challengeDeadline"))
                .isEqualTo(system.today().plusDays(45).toString());
        assertThat(post("api/v1/meetings/" + id + "/minutes/approval", "{\"motionId\":" + approval + "}")
                        .status())
                .isEqualTo(422);
        HttpResult amended = post(
                "api/v1/meetings/" + id + "/minutes/amendments",
                "{\"text\":\"The meeting began at 3:05 pm\",\"motionId\":" + approval + "}");
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.json().getString("text")).isEqualTo(approved.json().getString("text"));
        assertThat(amended.json().getJsonArray("amendments")).hasSize(1);
        HttpResult pdf = system.get("api/v1/meetings/" + id + "/minutes.pdf", "clerk", "clerk-demo");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
    }

    @Test
    @DisplayName(
            "107.2.4 G, H, J.1, A: a TAB topic needs its written summary; a recusal leaves no quorum for the item until a fourth member comes")
    void tabTopicConflictAndQuorum() {
        JsonObject meeting =
                schedule("TAB", "REGULAR", system.today().plusDays(60).atTime(10, 0), null);
        long id = meeting.getJsonNumber("id").longValue();
        HttpResult noSummary = post(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Heat pump water heaters\",\"requestedBy\":\"A. Engineer\"}");
        assertThat(noSummary.status()).isEqualTo(422);
        assertThat(noSummary.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .contains("problem", "proposedInterpretation", "rationale", "submittedTo");

        HttpResult topic = post(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Heat pump water heaters in closets\",\"requestedBy\":\"A. Engineer\","
                        + "\"problem\":\"Closet volume\",\"codeSections\":\"M1411\",\"proposedInterpretation\":\"Louvered doors suffice\","
                        + "\"rationale\":\"Manufacturer data\",\"submittedTo\":\"tca\",\"section\":\"NEW_BUSINESS\"}");
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        long item = topic.json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        HttpResult old = post(
                "api/v1/meetings/" + id + "/agenda",
                "{\"title\":\"Solar ready roofs (continued)\",\"requestedBy\":\"USGBC\","
                        + "\"problem\":\"p\",\"proposedInterpretation\":\"i\",\"rationale\":\"r\",\"submittedTo\":\"tca\",\"section\":\"OLD_BUSINESS\"}");
        assertThat(old.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("section"))
                .containsExactly("OLD_BUSINESS", "NEW_BUSINESS");

        List<Long> people = members(meeting);
        post("api/v1/meetings/" + id + "/call-to-order", "");
        people.subList(0, 3).forEach(p -> post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + p + "}"));
        HttpResult conflict = post(
                "api/v1/meetings/" + id + "/conflicts",
                "{\"agendaItemId\":" + item + ",\"personId\":" + people.get(2)
                        + ",\"reason\":\"The member's firm designed the project\"}");
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(200);
        HttpResult byRecused = post(
                "api/v1/meetings/" + id + "/motions",
                "{\"agendaItemId\":" + item + ",\"text\":\"Recommend\",\"moverId\":" + people.get(2)
                        + ",\"seconderId\":" + people.get(0) + "}");
        assertThat(byRecused.status()).isEqualTo(422);
        HttpResult motion = post(
                "api/v1/meetings/" + id + "/motions",
                "{\"agendaItemId\":" + item + ",\"text\":\"Recommend the interpretation\"," + "\"moverId\":"
                        + people.get(0) + ",\"seconderId\":" + people.get(1) + "}");
        assertThat(motion.status()).as(motion.toString()).isEqualTo(201);
        long motionId = motion.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == item)
                .findFirst()
                .orElseThrow()
                .getJsonArray("motions")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        HttpResult noQuorum =
                post("api/v1/meetings/motions/" + motionId + "/votes", ballots(people.subList(0, 2), "AYE"));
        assertThat(noQuorum.status()).isEqualTo(422);
        assertThat(noQuorum.json().getJsonArray("errors").getJsonObject(0).getString("rule"))
                .isEqualTo("107.2.4 A quorum");
        assertThat(noQuorum.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("1 recused");

        post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + people.get(3) + "}");
        HttpResult recusedVotes = post(
                "api/v1/meetings/motions/" + motionId + "/votes",
                ballots(List.of(people.get(0), people.get(1), people.get(2), people.get(3)), "AYE"));
        assertThat(recusedVotes.status()).isEqualTo(422);
        HttpResult carried = post(
                "api/v1/meetings/motions/" + motionId + "/votes",
                ballots(List.of(people.get(0), people.get(1), people.get(3)), "AYE"));
        assertThat(carried.status()).as(carried.toString()).isEqualTo(200);
        JsonObject decided = carried.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("id").longValue() == item)
                .findFirst()
                .orElseThrow();
        assertThat(decided.getJsonArray("motions").getJsonObject(0).getString("status"))
                .isEqualTo("CARRIED");
        JsonObject carriedMotion = decided.getJsonArray("motions").getJsonObject(0);
        assertThat(carriedMotion.get("resolutionNumber") == null || carriedMotion.isNull("resolutionNumber"))
                .as("a TAB recommendation is not a BDC resolution")
                .isTrue();
        assertThat(decided.getJsonArray("conflicts").getJsonObject(0).getString("reason"))
                .contains("designed the project");
    }
}
