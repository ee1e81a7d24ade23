package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A user's words in a card read as written: no markup, no link, no mention that pages everyone. */
class ChatMarkupTest {

    @Test
    void slackMentionsAndLinksBecomeText() {
        assertEquals("&lt;!channel&gt; look &lt;http://evil.example|here&gt; &amp; more",
                ChatMarkup.slack("<!channel> look <http://evil.example|here> & more"));
        assertEquals("ping @\u200Bhere and @\u200BEveryone, not @alice",
                ChatMarkup.slack("ping @here and @Everyone, not @alice"));
    }

    @Test
    void larkTagsAndMarkdownBecomeText() {
        String escaped = ChatMarkup.lark("<at id=all></at> **bold** [x](http://e.x) a_b");
        assertEquals("&#60;at id=all&#62;&#60;/at&#62; &#42;&#42;bold&#42;&#42; &#91;x&#93;&#40;http://e.x&#41; a&#95;b",
                escaped);
        assertFalse(escaped.contains("<"));
        assertEquals("@\u200Ball 和 @\u200B所有人", ChatMarkup.lark("@all 和 @所有人"));
    }

    @Test
    void plainTextKeepsItsCharactersButNotItsBroadcasts() {
        assertEquals("5 < 6 & *fine* @\u200Bchannel", ChatMarkup.plain("5 < 6 & *fine* @channel"));
        assertEquals("mail me at bob@allegro.example", ChatMarkup.plain("mail me at bob@allegro.example"),
                "only whole mention words are touched");
    }
}
