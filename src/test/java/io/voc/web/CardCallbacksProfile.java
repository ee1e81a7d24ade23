package io.voc.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The card callback tests: the stand-in of Slack (ChatReceiver) listens on 127.0.0.1, which an admin allows
 * here as production allows none but hooks.slack.com for a click's response_url.
 */
public class CardCallbacksProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("voc.cards.allowed-hosts", "localhost,127.0.0.1");
    }
}
