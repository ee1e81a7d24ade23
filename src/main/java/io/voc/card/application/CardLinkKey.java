package io.voc.card.application;

/** The key Teams cards' action links are signed with (derived from VOC's cards key, never stored). */
public interface CardLinkKey {
    byte[] bytes();
}
