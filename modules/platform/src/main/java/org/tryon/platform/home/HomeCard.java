package org.tryon.platform.home;

/**
 * One card of the home page: a plain title, how many things wait, where they are (a path of the application, filtered
 * where the list takes filters), one plain line of detail and, where a trend matters, a chart.
 *
 * @param key a stable name of the card (tests and clients find it by it), e.g. {@code inspections.stops-today}
 * @param title the plain title, e.g. "My stops today"
 * @param count how many
 * @param figure the count as shown ("1,204"), or another figure where a rate says more ("12.50 %")
 * @param link the path of the list or screen, from the application's root, e.g. {@code /inspections/day.xhtml}
 * @param detail one short plain-English line
 * @param chart a chart, or null
 * @param nextLink the path of the first thing waiting (the next meeting, the oldest application), opened in one step
 *     from the home page, or null
 * @param nextLabel the words of that link ("Open the meeting of 01/12/2027"), or null
 */
public record HomeCard(
        String key,
        String title,
        long count,
        String figure,
        String link,
        String detail,
        HomeChart chart,
        String nextLink,
        String nextLabel) {

    public HomeCard {
        if (key == null || title == null || link == null) {
            throw new IllegalArgumentException("A card has a key, a title and a link");
        }
        if (figure == null) {
            figure = String.format(java.util.Locale.US, "%,d", count);
        }
    }

    public HomeCard(String key, String title, long count, String figure, String link, String detail, HomeChart chart) {
        this(key, title, count, figure, link, detail, chart, null, null);
    }

    public HomeCard(String key, String title, long count, String link, String detail) {
        this(key, title, count, null, link, detail, null);
    }

    public HomeCard(String key, String title, long count, String link, String detail, HomeChart chart) {
        this(key, title, count, null, link, detail, chart);
    }

    /** This card with a link to the first thing waiting, opened from the home page in one step (issue 17). */
    public HomeCard withNext(String link, String label) {
        return new HomeCard(key, title, count, figure, this.link, detail, chart, link, label);
    }

    /** The element id of the card on the page: the key with anything but letters and digits as dashes. */
    public String getId() {
        return "card-" + key.replaceAll("[^A-Za-z0-9]+", "-");
    }
}
