package org.tryon.permitting.api.violation;

/** A value in permitting's api that breaks nothing: fees' api fixture uses it. Test sources only. */
public class PermittingApiValue {

    public String code() {
        return "A";
    }
}
