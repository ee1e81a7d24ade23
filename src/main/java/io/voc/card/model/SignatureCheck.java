package io.voc.card.model;

/** Whether a callback's signature holds, and if not, why (for the log and the 401's message). */
public record SignatureCheck(boolean valid, String problem) {
    public static final SignatureCheck VALID = new SignatureCheck(true, null);

    public static SignatureCheck invalid(String problem) {
        return new SignatureCheck(false, problem);
    }
}
