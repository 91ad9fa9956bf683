package org.tryon.systemtest;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page the browser shows (ADR 0049): the WCAG 2.0/2.1 A and AA rules and axe's best practices.
 * A violation counts when axe rates its impact serious or critical.
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    /** The serious and critical violations of the page now shown, one line per rule with its elements. */
    static List<String> seriousViolations(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().withTags(TAGS).analyze(driver).getViolations();
        return violations.stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String nodes =
                rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("; "));
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ", "
                + rule.getNodes().size() + " elements): " + nodes;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "..." : html);
    }
}
