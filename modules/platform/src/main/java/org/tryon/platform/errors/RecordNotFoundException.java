package org.tryon.platform.errors;

/** A record asked for by id does not exist. REST answers 404. */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String recordType;
    private final Object id;

    public RecordNotFoundException(String recordType, Object id) {
        super("There is no " + recordType + " with id " + id);
        this.recordType = recordType;
        this.id = id;
    }

    public String recordType() {
        return recordType;
    }

    public Object id() {
        return id;
    }
}
