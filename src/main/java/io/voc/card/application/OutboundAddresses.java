package io.voc.card.application;

import io.voc.card.model.ChannelAddress;

/**
 * Whether VOC may send cards to an address: not into its own network (cloud metadata, databases, admin
 * consoles) unless an admin allowed the host. The sender checks again at sending time, as a name can change
 * what it resolves to; this check tells the person setting up a channel at once.
 */
public interface OutboundAddresses {

    /** @throws io.voc.platform.model.InvalidInputException (field {@code url}) naming the address and why not */
    void requireAllowed(ChannelAddress address);
}
