package org.tryon.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Officers, elections, closed sessions and subcommittees over HTTP (107.1.3, 107.2.3, 107.1.4 C; G.S. 143-318.11, 143-318.10(e)),
 * on the demo data.
 */
class GovernanceOfficersIT {

    private final SystemUnderTest system = SystemUnderTest.get();

    private HttpResult post(String path, String json) {
        return system.postJson(path, json, "clerk", "clerk-demo");
    }

    private HttpResult get(String path) {
        return system.get(path, "clerk", "clerk-demo");
    }

    /** JSON-B leaves a null out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String rule(HttpResult r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("rule");
    }

    private static String ballots(List<Long> people, String choice) {
        return "{\"votes\":["
                + people.stream()
                        .map(p -> "{\"personId\":" + p + ",\"choice\":\"" + choice + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    private static long lastMotion(HttpResult agenda) {
        var motions = agenda.json().getJsonArray("otherMotions");
        return motions.getJsonObject(motions.size() - 1).getJsonNumber("id").longValue();
    }

    private List<JsonObject> seatsWithMembers(String body) {
        return get("api/v1/commissions/" + body).json().getJsonArray("seats").getValuesAs(JsonObject.class).stream()
                .filter(s -> !absent(s, "currentPersonId"))
                .toList();
    }

    private long person(String name) {
        HttpResult p = post("api/v1/commissions/people", "{\"fullName\":\"" + name + "\",\"countyResident\":true}");
        assertThat(p.status()).as(p.toString()).isEqualTo(201);
        return p.json().getJsonNumber("id").longValue();
    }

    @Test
    @DisplayName(
            "107.1.3: a chair who is not the Chamber's representative refused; 107.2.3: the TAB chair is a trade code administrator")
    void chairs() {
        JsonObject notChamber = seatsWithMembers("BDC").stream()
                .filter(s -> !s.getBoolean("chairSeat"))
                .findFirst()
                .orElseThrow();
        HttpResult refused = post(
                "api/v1/governance/officers/chair",
                "{\"commission\":\"BDC\",\"personId\":" + notChamber.getJsonNumber("currentPersonId") + "}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rule(refused)).isEqualTo("107.1.3 chair-is-chamber-representative");
        assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("personId");
        assertThat(refused.body()).contains("Chamber of Commerce");

        HttpResult clerkAsChair =
                post("api/v1/governance/officers/chair", "{\"commission\":\"TAB\",\"staffUsername\":\"clerk\"}");
        assertThat(clerkAsChair.status()).as(clerkAsChair.toString()).isEqualTo(422);
        assertThat(rule(clerkAsChair)).isEqualTo("107.2.3 chair-is-trade-code-administrator");

        HttpResult tca = post("api/v1/governance/officers/chair", "{\"commission\":\"TAB\",\"staffUsername\":\"tca\"}");
        assertThat(tca.status()).as(tca.toString()).isEqualTo(201);
        assertThat(tca.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/api/v1/governance/officers/terms/"));
        assertThat(tca.json().getString("basis")).isEqualTo("DESIGNATED");
        JsonObject tab = get("api/v1/governance/officers?commission=TAB").json();
        assertThat(tab.getJsonArray("current").getValuesAs(JsonObject.class))
                .anyMatch(
                        t -> t.getString("office").equals("CHAIR") && "tca".equals(t.getString("staffUsername", null)));
    }

    @Test
    @DisplayName(
            "107.1.3: the vice-chair resigns; after the Board's new appointment the election goes by itself on the agenda of the next "
                    + "regular meeting; an election at a meeting that is neither the year's first nor that one is refused")
    void electionAfterAnOfficerLeaves() {
        LocalDate today = system.today();
        JsonObject officers = get("api/v1/governance/officers?commission=BDC").json();
        JsonObject vice = officers.getJsonArray("current").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("office").equals("VICE_CHAIR"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(officers.toString()));
        long personId = vice.getJsonNumber("personId").longValue();
        JsonObject term = get("api/v1/commissions/people/" + personId)
                .json()
                .getJsonArray("terms")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("commission").equals("BDC")
                        && absent(t, "endedOn")
                        && !LocalDate.parse(t.getString("termStart")).isAfter(today)
                        && !LocalDate.parse(t.getString("termEnd")).isBefore(today))
                .findFirst()
                .orElseThrow();
        int seat = term.getInt("seatNumber");
        HttpResult ended = post(
                "api/v1/commissions/appointments/" + term.getJsonNumber("appointmentId") + "/end",
                "{\"lastDay\":\"" + today.minusDays(1) + "\",\"reason\":\"RESIGNED\"}");
        assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

        JsonObject due = get("api/v1/governance/officers?commission=BDC")
                .json()
                .getJsonArray("electionsDue")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getString("office").equals("VICE_CHAIR") && d.getInt("seatNumber") == seat)
                .findFirst()
                .orElseThrow();
        assertThat(due.getString("state")).isEqualTo("AWAITING_APPOINTMENT");
        assertThat(get("api/v1/governance/officers?commission=BDC")
                        .json()
                        .getJsonArray("current")
                        .getValuesAs(JsonObject.class))
                .noneMatch(t -> t.getString("office").equals("VICE_CHAIR"));

        long successor = person("Officer Successor " + System.nanoTime() % 100000);
        HttpResult appointed = post(
                "api/v1/commissions/BDC/seats/" + seat + "/appointments",
                "{\"personId\":" + successor + ",\"termStart\":\"" + today + "\",\"actionDate\":\"" + today + "\"}");
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);

        JsonObject placed = get("api/v1/governance/officers?commission=BDC")
                .json()
                .getJsonArray("electionsDue")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> d.getJsonNumber("id").equals(due.getJsonNumber("id")))
                .findFirst()
                .orElseThrow();
        assertThat(placed.getString("state")).as(placed.toString()).isEqualTo("ON_AGENDA");
        long expected = get("api/v1/meetings?commission=BDC&from=" + today.plusDays(1) + "&to=" + today.plusDays(400))
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("kind").equals("REGULAR")
                        && m.getString("status").equals("SCHEDULED"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertThat(placed.getJsonNumber("meetingId").longValue()).isEqualTo(expected);
        List<JsonObject> items = get("api/v1/meetings/" + expected + "/agenda")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(items)
                .anyMatch(i -> i.getString("title").equals("Election of the vice-chair (107.1.3)")
                        && i.getJsonNumber("id").equals(placed.getJsonNumber("agendaItemId")));

        List<JsonObject> held = get("api/v1/meetings?commission=BDC&from=" + today.minusDays(400) + "&to=" + today)
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(m -> m.getString("status").equals("ADJOURNED"))
                .toList();
        JsonObject notFirst = held.stream()
                .filter(m -> held.stream()
                        .anyMatch(o -> o.getString("startsAt")
                                        .substring(0, 4)
                                        .equals(m.getString("startsAt").substring(0, 4))
                                && o.getString("startsAt").compareTo(m.getString("startsAt")) < 0))
                .findFirst()
                .orElseThrow();
        HttpResult wrongMeeting = post(
                "api/v1/governance/officers/elections",
                "{\"commission\":\"BDC\",\"office\":\"VICE_CHAIR\",\"personId\":" + successor + ",\"meetingId\":"
                        + notFirst.getJsonNumber("id") + "}");
        assertThat(wrongMeeting.status()).as(wrongMeeting.toString()).isEqualTo(422);
        assertThat(rule(wrongMeeting)).isEqualTo("107.1.3 election-meeting");
    }

    @Test
    @DisplayName(
            "G.S. 143-318.11: a closed session only on a carried motion citing a purpose; its account sealed to all but the clerk and out "
                    + "of the minutes until the clerk releases it")
    void closedSessionSealedThenReleased() {
        HttpResult scheduled = post(
                "api/v1/meetings",
                "{\"commission\":\"BDC\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + system.today().plusDays(3).atTime(16, 0)
                        + "\",\"location\":\"Room 267\",\"purpose\":\"Claim against the department\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();
        assertThat(post("api/v1/meetings/" + id + "/call-to-order", "").status())
                .isEqualTo(200);
        List<Long> people = scheduled.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .limit(7)
                .map(m -> m.getJsonNumber("personId").longValue())
                .toList();
        people.forEach(p -> post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + p + "}"));

        long failed = lastMotion(post(
                "api/v1/meetings/" + id + "/motions",
                "{\"text\":\"Go into closed session on personnel\",\"moverId\":" + people.get(0) + ",\"seconderId\":"
                        + people.get(1) + "}"));
        assertThat(post("api/v1/meetings/motions/" + failed + "/votes", ballots(people, "NAY"))
                        .status())
                .isEqualTo(200);
        HttpResult onFailed =
                post("api/v1/meetings/" + id + "/closed-sessions", "{\"purpose\":\"a6\",\"motionId\":" + failed + "}");
        assertThat(onFailed.status()).as(onFailed.toString()).isEqualTo(422);
        assertThat(rule(onFailed)).isEqualTo("G.S. 143-318.11(c) motion-adopted");

        String motionText =
                "Go into closed session under G.S. 143-318.11(a)(3) to consult the county attorney on Smith v. Mecklenburg County";
        long carried = lastMotion(post(
                "api/v1/meetings/" + id + "/motions",
                "{\"text\":\"" + motionText + "\",\"moverId\":" + people.get(2) + ",\"seconderId\":" + people.get(3)
                        + "}"));
        assertThat(post("api/v1/meetings/motions/" + carried + "/votes", ballots(people, "AYE"))
                        .status())
                .isEqualTo(200);
        HttpResult noSuchPurpose =
                post("api/v1/meetings/" + id + "/closed-sessions", "{\"purpose\":\"zz\",\"motionId\":" + carried + "}");
        assertThat(noSuchPurpose.status()).isEqualTo(422);
        assertThat(rule(noSuchPurpose)).isEqualTo("G.S. 143-318.11(a) purpose");
        HttpResult noCitation =
                post("api/v1/meetings/" + id + "/closed-sessions", "{\"purpose\":\"a3\",\"motionId\":" + carried + "}");
        assertThat(noCitation.status()).isEqualTo(422);
        assertThat(rule(noCitation)).isEqualTo("G.S. 143-318.11(c) citation");

        HttpResult opened = post(
                "api/v1/meetings/" + id + "/closed-sessions",
                "{\"purpose\":\"a3\",\"motionId\":" + carried + ",\"citation\":\"Smith v. Mecklenburg County\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).isPresent();
        long session = opened.json().getJsonNumber("id").longValue();
        String base = "api/v1/meetings/" + id + "/closed-sessions/" + session;
        String account = "The county attorney reported on the claim and the settlement range; no action was taken";
        HttpResult byDirector =
                system.putJson(base + "/account", "{\"text\":\"" + account + "\"}", "director", "director-demo");
        assertThat(byDirector.status()).as(byDirector.toString()).isEqualTo(403);
        HttpResult kept = system.putJson(base + "/account", "{\"text\":\"" + account + "\"}", "clerk", "clerk-demo");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getString("account")).isEqualTo(account);
        assertThat(post(base + "/end", "").status()).isEqualTo(200);

        JsonObject sealed = system.get(base, "director", "director-demo").json();
        assertThat(sealed.getBoolean("sealed")).isTrue();
        assertThat(absent(sealed, "account")).isTrue();
        String draft = system.get("api/v1/meetings/" + id + "/minutes", "director", "director-demo")
                .json()
                .getString("text");
        assertThat(draft)
                .contains(motionText)
                .contains("G.S. 143-318.11(a)(3)")
                .contains("sealed")
                .doesNotContain("settlement range");
        assertThat(get("api/v1/meetings/" + id + "/minutes").json().getString("text"))
                .doesNotContain("settlement range");

        assertThat(system.postJson(base + "/release", "", "director", "director-demo")
                        .status())
                .isEqualTo(403);
        HttpResult released = post(base + "/release", "");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().getString("releasedBy")).isEqualTo("clerk");
        assertThat(released.json().getBoolean("sealed")).isFalse();
        assertThat(system.get(base, "director", "director-demo").json().getString("account"))
                .isEqualTo(account);
        assertThat(system.get("api/v1/meetings/" + id + "/minutes", "director", "director-demo")
                        .json()
                        .getString("text"))
                .contains("settlement range");
        HttpResult again = post(base + "/release", "");
        assertThat(again.status()).isEqualTo(422);
        HttpResult rewrite = system.putJson(base + "/account", "{\"text\":\"Changed\"}", "clerk", "clerk-demo");
        assertThat(rewrite.status()).isEqualTo(422);
    }

    @Test
    @DisplayName(
            "107.1.4 C: a subcommittee of BDC members meets with the same machinery: roll call, a quorum of a majority of its seats, a "
                    + "motion and each member's vote, minutes; a member who is not on the BDC is refused")
    void subcommitteeMeeting() {
        LocalDate today = system.today();
        StringBuilder letters = new StringBuilder("IT");
        for (long n = System.nanoTime(); letters.length() < 10; n /= 26) {
            letters.append((char) ('A' + (int) (n % 26)));
        }
        String code = letters.toString();
        HttpResult established = post(
                "api/v1/governance/subcommittees",
                "{\"parent\":\"BDC\",\"code\":\"" + code + "\",\"name\":\"Permit "
                        + "Process Task Force\",\"kind\":\"TASK_FORCE\",\"purpose\":\"Review of the permit process\",\"seats\":3,\"establishedOn\":\""
                        + today + "\",\"establishedBy\":\"BDC resolution\"}");
        assertThat(established.status()).as(established.toString()).isEqualTo(201);
        assertThat(established.json().getInt("quorum")).isEqualTo(2);
        assertThat(established.json().getBoolean("membersFromParent")).isTrue();

        long outsider = person("Not On The BDC " + System.nanoTime() % 100000);
        HttpResult refused = post(
                "api/v1/commissions/" + code + "/seats/1/appointments",
                "{\"personId\":" + outsider + ",\"termStart\":\"" + today + "\",\"termYears\":1}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rule(refused)).isEqualTo("107.1.4 C member-of-parent");

        List<Long> members = seatsWithMembers("BDC").stream()
                .limit(3)
                .map(s -> s.getJsonNumber("currentPersonId").longValue())
                .toList();
        for (int i = 0; i < 3; i++) {
            HttpResult a = post(
                    "api/v1/commissions/" + code + "/seats/" + (i + 1) + "/appointments",
                    "{\"personId\":" + members.get(i) + ",\"termStart\":\"" + today + "\",\"termYears\":1}");
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
        }
        HttpResult scheduled = post(
                "api/v1/meetings",
                "{\"commission\":\"" + code + "\",\"kind\":\"SPECIAL\",\"startsAt\":\""
                        + today.plusDays(3).atTime(10, 0)
                        + "\",\"location\":\"Room 280\",\"purpose\":\"Permit process findings\"}");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        long id = scheduled.json().getJsonNumber("id").longValue();
        assertThat(scheduled.json().getInt("quorum")).isEqualTo(2);
        assertThat(post("api/v1/meetings/" + id + "/call-to-order", "").status())
                .isEqualTo(200);
        JsonObject one = post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + members.get(0) + "}")
                .json();
        assertThat(one.getBoolean("hasQuorum")).isFalse();
        JsonObject two = post("api/v1/meetings/" + id + "/presences", "{\"personId\":" + members.get(1) + "}")
                .json();
        assertThat(two.getBoolean("hasQuorum")).isTrue();

        long motion = lastMotion(post(
                "api/v1/meetings/" + id + "/motions",
                "{\"text\":\"Report the permit process findings to the BDC\"," + "\"moverId\":" + members.get(0)
                        + ",\"seconderId\":" + members.get(1) + "}"));
        HttpResult voted = post("api/v1/meetings/motions/" + motion + "/votes", ballots(members.subList(0, 2), "AYE"));
        assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
        JsonObject decided = voted.json().getJsonArray("otherMotions").getJsonObject(0);
        assertThat(decided.getString("status")).isEqualTo("CARRIED");
        assertThat(absent(decided, "resolutionNumber")).isTrue();
        assertThat(post("api/v1/meetings/" + id + "/adjourn", "").status()).isEqualTo(200);
        assertThat(get("api/v1/meetings/" + id + "/minutes").json().getString("text"))
                .contains("Report the permit process findings to the BDC")
                .contains("Carried");
        assertThat(get("api/v1/governance/subcommittees?parent=BDC").jsonArray().getValuesAs(JsonObject.class))
                .anyMatch(k -> k.getString("code").equals(code))
                .anyMatch(k -> k.getString("code").equals("ELECLIC"));
    }

    @Test
    @DisplayName(
            "107.2.1: the BDC removes the TAB vice-chair: the appointment ends REMOVED, the seat is vacant on the work list and the "
                    + "TAB's vice-chair election is due; a BDC member is not removed this way")
    void removalOfATabMember() {
        LocalDate today = system.today();
        JsonObject vice = get("api/v1/governance/officers?commission=TAB")
                .json()
                .getJsonArray("current")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("office").equals("VICE_CHAIR"))
                .findFirst()
                .orElseThrow();
        JsonObject term = get("api/v1/commissions/people/" + vice.getJsonNumber("personId"))
                .json()
                .getJsonArray("terms")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("commission").equals("TAB")
                        && absent(t, "endedOn")
                        && !LocalDate.parse(t.getString("termStart")).isAfter(today)
                        && !LocalDate.parse(t.getString("termEnd")).isBefore(today))
                .findFirst()
                .orElseThrow();
        int seat = term.getInt("seatNumber");

        JsonObject bdcSeat = seatsWithMembers("BDC").get(0);
        JsonObject bdcTerm = get("api/v1/commissions/people/" + bdcSeat.getJsonNumber("currentPersonId"))
                .json()
                .getJsonArray("terms")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getString("commission").equals("BDC") && absent(t, "endedOn"))
                .findFirst()
                .orElseThrow();
        HttpResult notTab = post(
                "api/v1/governance/removals",
                "{\"appointmentId\":" + bdcTerm.getJsonNumber("appointmentId")
                        + ",\"resolution\":\"BDC 1999-01\",\"decidedOn\":\"" + today
                        + "\",\"grounds\":\"Attendance\"}");
        assertThat(notTab.status()).as(notTab.toString()).isEqualTo(422);
        assertThat(rule(notTab)).isEqualTo("107.2.1 tab-member");

        HttpResult removed = post(
                "api/v1/governance/removals",
                "{\"appointmentId\":" + term.getJsonNumber("appointmentId")
                        + ",\"resolution\":\"BDC 1999-01\",\"decidedOn\":\"" + today.minusDays(1)
                        + "\",\"grounds\":\"Missed the MEP meetings "
                        + "where the member's discipline was needed\"}");
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        assertThat(removed.header("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/api/v1/governance/removals/"));
        JsonObject ended = get("api/v1/commissions/people/" + vice.getJsonNumber("personId"))
                .json()
                .getJsonArray("terms")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(t -> t.getJsonNumber("appointmentId").equals(term.getJsonNumber("appointmentId")))
                .findFirst()
                .orElseThrow();
        assertThat(ended.getString("endReason")).isEqualTo("REMOVED");
        assertThat(ended.getString("endedOn")).isEqualTo(today.minusDays(1).toString());
        assertThat(get("api/v1/commissions/work-list").jsonArray().getValuesAs(JsonObject.class))
                .anyMatch(w -> w.getString("kind").equals("VACANT")
                        && w.getString("commission").equals("TAB")
                        && w.getInt("seatNumber") == seat);
        assertThat(get("api/v1/governance/officers?commission=TAB")
                        .json()
                        .getJsonArray("electionsDue")
                        .getValuesAs(JsonObject.class))
                .anyMatch(d -> d.getString("office").equals("VICE_CHAIR")
                        && d.getInt("seatNumber") == seat
                        && d.getString("state").equals("AWAITING_APPOINTMENT"));
        HttpResult twice = post(
                "api/v1/governance/removals",
                "{\"appointmentId\":" + term.getJsonNumber("appointmentId")
                        + ",\"resolution\":\"BDC 1999-01\",\"decidedOn\":\"" + today.minusDays(1)
                        + "\",\"grounds\":\"Again\"}");
        assertThat(twice.status()).isEqualTo(422);
    }
}
