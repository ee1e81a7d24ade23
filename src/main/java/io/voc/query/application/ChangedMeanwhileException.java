package io.voc.query.application;

/**
 * Somebody saved the query after the caller loaded it (the version they edited is not the current one).
 * Nothing was changed: applying the edit anyway would silently undo the other person's change (answered 409).
 */
public class ChangedMeanwhileException extends RuntimeException {
    public ChangedMeanwhileException(String name, int expected, int current) {
        super("the saved query '" + name + "' changed meanwhile (you edited version " + expected
                + ", it is now at version " + current + "); reload it and edit again");
    }
}
