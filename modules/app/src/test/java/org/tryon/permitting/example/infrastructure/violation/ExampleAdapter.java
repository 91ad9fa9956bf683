package org.tryon.permitting.example.infrastructure.violation;

/** An infrastructure class of a feature-first package ({@code org.tryon.permitting.<feature>.infrastructure}) that breaks nothing. Test sources only. */
public class ExampleAdapter {

    public String read() {
        return "row";
    }
}
