package io.voc.card.application;

import io.voc.card.model.CardIdentity;
import io.voc.card.model.ChannelKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where the links from chat users to VOC users are kept ({@code card_identity}). */
public interface CardIdentities {

    /** The VOC user id the chat user is linked to. */
    Optional<UUID> userOf(ChannelKind provider, String externalId);

    /** Links the chat user, replacing an earlier link of the same chat user. */
    void put(CardIdentity identity);

    /** False when the chat user was not linked. */
    boolean delete(ChannelKind provider, String externalId);

    /** Every link, by provider and chat user id; {@code username} filled in from the users. */
    List<CardIdentity> list();
}
