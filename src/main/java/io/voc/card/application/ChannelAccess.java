package io.voc.card.application;

import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;

/**
 * Who may do what with channels. Setting one up takes the query scope (analysts and admins: a channel is a
 * standing query that pushes); a channel is seen and changed by its owner and by admins. Others are told
 * it does not exist, so channel ids reveal nothing.
 */
final class ChannelAccess {
    private ChannelAccess() {
    }

    static void requireMayCreate(Caller caller) {
        if (!caller.may(Scope.QUERY)) {
            throw new NotAllowedException("setting up a chat channel needs the query scope (analyst or admin)");
        }
    }

    static boolean maySee(Caller caller, ChannelView channel) {
        return caller.may(Scope.ADMIN) || channel.owner().equals(caller.username());
    }

    /** The channel if the caller may change it; otherwise "not found". */
    static ChannelView requireMayChange(Caller caller, ChannelView channel) {
        if (!maySee(caller, channel)) {
            throw new ChannelNotFoundException(channel.id());
        }
        return channel;
    }
}
