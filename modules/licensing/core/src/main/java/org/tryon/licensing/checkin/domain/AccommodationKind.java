package org.tryon.licensing.checkin.domain;

/** What a candidate may be granted at a sitting (domain facts "Licensing examinations": accommodations). */
public enum AccommodationKind {
    /** Minutes added to the exam's time; an approved one sets the registration's extra minutes. */
    EXTRA_TIME("Extra time"),
    READER("Reader"),
    SEPARATE_ROOM("Separate room"),
    OTHER("Other");

    private final String label;

    AccommodationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
