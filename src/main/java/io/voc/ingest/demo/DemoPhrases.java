package io.voc.ingest.demo;

import static io.voc.ingest.demo.DemoCatalog.AURORA;
import static io.voc.ingest.demo.DemoCatalog.POCKETBANK;
import static io.voc.ingest.demo.DemoCatalog.TRIPNEST;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences demo feedback is made of. A text is an optional opener, one core sentence, up to two
 * details and an optional closing, so that a few hundred fragments give thousands of different texts.
 * Placeholders such as {@code {ver}} or {@code {amount}} are filled by the generator.
 *
 * <p>English has every topic; Simplified Chinese nearly every one; German, French and Spanish a
 * subset (the generator falls back to another topic of the same tone). Words that the planted
 * signals are recognised by (crash + login, price + expensive) appear only in the topics that carry
 * them, so the signals stand out against the background.
 */
final class DemoPhrases {
    static final String EN = "en";
    static final String ZH = "zh";
    static final String DE = "de";
    static final String FR = "fr";
    static final String ES = "es";

    /** How the user feels; it decides the star rating. */
    enum Tone { CRASH, NEGATIVE, MIXED, NEUTRAL, QUESTION, POSITIVE }

    /** What a feedback is about. Mobile-only topics are never given on the web. */
    enum Topic {
        CRASH(Tone.CRASH, true),
        /** Signal a): pocketbank 3.9.0 on Android in the EU crashes at login. */
        LOGIN_CRASH(Tone.CRASH, true),
        LOGIN(Tone.NEGATIVE, false),
        BATTERY(Tone.NEGATIVE, true),
        ADS(Tone.MIXED, false),
        LYRICS(Tone.MIXED, false),
        SUBTITLES(Tone.MIXED, false),
        OFFLINE(Tone.NEGATIVE, true),
        NOTIFICATIONS(Tone.MIXED, true),
        CHARGED_TWICE(Tone.NEGATIVE, false),
        REFUND(Tone.NEGATIVE, false),
        TRANSFER_SLOW(Tone.NEGATIVE, false),
        HOTEL_CANCEL(Tone.NEGATIVE, false),
        /** Background grumbling about prices and fees. */
        PRICING(Tone.MIXED, false),
        /** Signal b): the aurora-music Premium price increase. */
        PRICE_INCREASE(Tone.NEGATIVE, false),
        PRAISE(Tone.POSITIVE, false),
        SUPPORT_PRAISE(Tone.POSITIVE, false),
        FEATURE(Tone.NEUTRAL, false),
        QUESTION(Tone.QUESTION, false);

        final Tone tone;
        final boolean mobileOnly;

        Topic(Tone tone, boolean mobileOnly) {
            this.tone = tone;
            this.mobileOnly = mobileOnly;
        }
    }

    record Phrases(List<String> cores, List<String> details, List<String> closings) {
    }

    /** language + "/" + product -> topics; looked up only, never iterated (EnumMaps iterate in order). */
    private static final Map<String, EnumMap<Topic, Phrases>> TABLE = new HashMap<>();

    private DemoPhrases() {
    }

    /** The phrases for a topic in a language, or null if that language has none. */
    static Phrases of(String language, String product, Topic topic) {
        return table(language, product).get(topic);
    }

    /** The topics a language has for a product, in declaration order. */
    static List<Topic> topics(String language, String product) {
        return List.copyOf(table(language, product).keySet());
    }

    private static Map<Topic, Phrases> table(String language, String product) {
        EnumMap<Topic, Phrases> topics = TABLE.get(language + "/" + product);
        return topics == null ? Collections.emptyMap() : topics;
    }

    static List<String> openers(String language, int rating) {
        return switch (language) {
            case ZH -> List.of(List.of("太差了。", "非常失望。"), List.of("有点失望。", "越更新越难用。"), List.of("总体还行。"),
                    List.of("挺好用的。"), List.of("非常好用！", "五星好评！")).get(rating - 1);
            case DE -> List.of(List.of("Katastrophe."), List.of("Leider enttäuscht."), List.of("Ganz okay."),
                    List.of("Gute App."), List.of("Top!")).get(rating - 1);
            case FR -> List.of(List.of("Catastrophique."), List.of("Déçu."), List.of("Correct."),
                    List.of("Bonne appli."), List.of("Génial !")).get(rating - 1);
            case ES -> List.of(List.of("Horrible."), List.of("Decepcionado."), List.of("Está bien."),
                    List.of("Buena app."), List.of("¡Excelente!")).get(rating - 1);
            default -> List.of(
                    List.of("Worst update ever.", "Absolutely furious.", "Unusable.", "One star until this is fixed.",
                            "Awful."),
                    List.of("Really disappointed.", "Getting worse with every update.", "Not happy.",
                            "Used to love this app."),
                    List.of("Decent app overall.", "It's okay.", "Mostly fine."),
                    List.of("Really like the app.", "Mostly happy with it.", "Solid app."),
                    List.of("Five stars!", "Love this app!", "Honestly brilliant.")).get(rating - 1);
        };
    }

    /** How support tickets start. */
    static List<String> greetings(String language) {
        return switch (language) {
            case ZH -> List.of("你好，", "客服你好，");
            case DE -> List.of("Hallo!", "Guten Tag.");
            case FR -> List.of("Bonjour.", "Bonjour !");
            case ES -> List.of("Hola.", "¡Hola!");
            default -> List.of("Hi team!", "Hello!", "Hi there.", "Hello support team.");
        };
    }

    static String socialHandle(String product) {
        return switch (product) {
            case AURORA -> "@auroramusic";
            case POCKETBANK -> "@pocketbank";
            default -> "@tripnest";
        };
    }

    static String chineseHashtag(String product) {
        return switch (product) {
            case AURORA -> "#极光音乐#";
            case POCKETBANK -> "#口袋银行#";
            default -> "#旅巢#";
        };
    }

    static List<String> hashtags(Tone tone) {
        return switch (tone) {
            case CRASH -> List.of("#bug", "#fail", "#update");
            case NEGATIVE -> List.of("#fail", "#customerservice", "#notimpressed");
            case POSITIVE -> List.of("#recommend", "#happycustomer");
            case NEUTRAL -> List.of("#featurerequest");
            default -> List.of();
        };
    }

    private static void add(String language, String product, Topic topic, List<String> cores, List<String> details,
            List<String> closings) {
        TABLE.computeIfAbsent(language + "/" + product, k -> new EnumMap<>(Topic.class))
                .put(topic, new Phrases(cores, details, closings));
    }

    private static List<String> l(String... values) {
        return List.of(values);
    }

    static {
        englishAurora();
        englishPocketbank();
        englishTripnest();
        chinese();
        german();
        french();
        spanish();
    }

    private static void englishAurora() {
        String p = AURORA;
        add(EN, p, Topic.CRASH, l(
                "The app crashes every time I try to open a downloaded playlist.",
                "Keeps crashing when I skip tracks quickly.",
                "Crashed three times during my commute today.",
                "The app closes itself whenever I switch from Wi-Fi to mobile data.",
                "It freezes and then crashes when I search for an artist.",
                "Version {ver} crashes as soon as I connect to {carlink}.",
                "Crashes whenever I open the lyrics view on {ver}."), l(
                "I'm on {device} and already reinstalled.",
                "Cleared the cache, no difference.",
                "Not every day, but often enough to be really annoying.",
                "Happens on both Wi-Fi and mobile data."), l(
                "Please look into it.",
                "Hope this gets fixed soon.",
                "Paying for premium and can't rely on it."));
        add(EN, p, Topic.LOGIN, l(
                "It keeps logging me out every couple of days for no reason.",
                "I can't log in with my Google account, the button just spins forever.",
                "Every time I restart my phone I'm signed out and have to type my password again.",
                "The password reset email never arrives, so I'm locked out of my account.",
                "Sign in with Apple fails with 'something went wrong' every time.",
                "I got logged out in the middle of a flight and couldn't play any of my downloads."), l(
                "My downloads vanish every time it logs me out.",
                "Tried on Wi-Fi and 5G, same thing.",
                "Support told me to reinstall, which did nothing.",
                "This started about a week ago on my {device}."), l(
                "Really frustrating.",
                "Please sort this out.",
                "Considering leaving at this point."));
        add(EN, p, Topic.BATTERY, l(
                "Battery drain is insane lately, {pct}% gone in an hour of streaming.",
                "The app keeps running in the background and eats my battery even when nothing is playing.",
                "My {device} gets hot and drains fast whenever aurora is playing with the screen off.",
                "Streaming for my 40 minute commute takes almost a third of my battery now."), l(
                "Battery settings show aurora-music as the top battery user by far.",
                "Other streaming apps don't do this.",
                "It wasn't like this a month ago.",
                "Downloaded music drains just as much as streaming, which makes no sense."), l(
                "Please optimise this.",
                "I've had to stop using it on long days out."));
        add(EN, p, Topic.ADS, l(
                "Way too many ads on the free tier, I got {n} in a row between two songs.",
                "The ads are much louder than the music, which is painful with headphones.",
                "An ad interrupted a song halfway through.",
                "Same car insurance ad every ten minutes, it's driving me nuts.",
                "Video ads now pop up when I open the app and I can't skip them."), l(
                "I get that free needs ads, but this is a lot.",
                "Makes me less likely to upgrade, not more.",
                "Music selection is great otherwise."), l(
                "Please tone it down.",
                "Balance the volume at least."));
        add(EN, p, Topic.LYRICS, l(
                "Lyrics are out of sync by a few seconds on most songs.",
                "Lyrics are missing for a lot of {artist} tracks.",
                "Live lyrics freeze halfway through the song.",
                "The lyrics view shows the wrong song's lyrics after skipping.",
                "Lyrics don't load at all when I'm on mobile data."), l(
                "Used to work fine a couple of versions ago.",
                "It's the main reason I use the app over others.",
                "Happens on {device}, not sure about other devices."), l(
                "Hope you can fix it.",
                "Otherwise I enjoy the app."));
        add(EN, p, Topic.SUBTITLES, l(
                "Subtitles on video podcasts don't match what's being said.",
                "There's no way to turn on subtitles for some video podcasts, which is an accessibility problem.",
                "Subtitles disappear when I rotate the phone to landscape.",
                "Subtitles on the {artist} interview series are about five seconds behind the audio."), l(
                "I'm hard of hearing so captions really matter to me.",
                "Auto-generated captions would be better than nothing."), l(
                "Please prioritise this.",
                "Thanks for considering it."));
        add(EN, p, Topic.OFFLINE, l(
                "Downloaded songs won't play in offline mode, it says 'no connection' even though they're downloaded.",
                "My downloads keep getting deleted after a few days.",
                "Offline mode greyed out all my downloaded albums on a flight.",
                "Downloads get stuck at 99% and never finish."), l(
                "That's kind of the whole point of paying for premium.",
                "I re-downloaded everything twice already.",
                "Plenty of storage free on my {device}."), l(
                "Very disappointing.",
                "Please fix offline playback."));
        add(EN, p, Topic.CHARGED_TWICE, l(
                "I was charged twice for my family plan this month, {amount} both times.",
                "Got charged for premium even though I cancelled during the trial.",
                "My student discount disappeared and I'm now billed the full amount.",
                "I was charged twice after changing my card details."), l(
                "Both charges show up on my bank statement on the same day.",
                "Still waiting on a reply from billing.",
                "I have screenshots of the cancellation confirmation."), l(
                "Please refund the duplicate charge.",
                "I want my money back.",
                "Not impressed."));
        add(EN, p, Topic.PRICING, l(
                "Premium is a bit pricey compared to other services.",
                "The family plan is expensive for what it offers.",
                "I'd upgrade to premium if the price were a bit lower.",
                "The student price is fine, but the regular plan feels expensive."), l(
                "The app itself is great.",
                "A cheaper plan without video would be enough for me."), l(
                "Just my two cents."));
        add(EN, p, Topic.PRICE_INCREASE, l(
                "Premium got more expensive again: {old} to {new} a month, and nothing new in the app.",
                "Just got the email about the price going up to {new} a month.",
                "The price increase is ridiculous, {new} a month for the same app as last year.",
                "Why did the family plan price go up? I'm paying more for exactly the same thing.",
                "Premium got more expensive and I still hear ads on podcasts.",
                "Raising the price from {old} to {new} with two weeks' notice is not OK.",
                "The new price is too much for a student, I'll have to go back to the free tier.",
                "{new} a month? Premium is now more expensive than every other service."), l(
                "I've been a subscriber for {years} years.",
                "Other services are cheaper now.",
                "No new features to justify it.",
                "At least keep the old plan for long-time subscribers.",
                "The whole family is moving to another service."), l(
                "I'm cancelling at the end of the month.",
                "Will cancel if this isn't reversed.",
                "Bye, aurora.",
                "Seriously disappointed."));
        add(EN, p, Topic.PRAISE, l(
                "Best music app I've used, the daily mixes are spot on.",
                "Sound quality is excellent and the {playlist} playlist is my go-to.",
                "Love the discovery features, found so many new artists like {artist}.",
                "Super smooth, and gapless playback finally works properly.",
                "Crossfade and the sleep timer are perfect for my evening routine.",
                "The recommendations are scarily good."), l(
                "Worth every penny of premium.",
                "Recommended it to my whole family.",
                "Switched from another service and haven't looked back."), l(
                "Keep it up!",
                "Great job, team."));
        add(EN, p, Topic.SUPPORT_PRAISE, l(
                "Shoutout to the support team, they sorted my account issue within an hour.",
                "Had a billing problem and support refunded me the same day, no fuss.",
                "The support agent was patient and actually fixed my download problem."), l(
                "Rare to get such good service these days.",
                "Didn't have to explain the problem twice."), l(
                "Thank you!",
                "Much appreciated."));
        add(EN, p, Topic.FEATURE, l(
                "Please add a proper dark mode to the web player.",
                "Would love an option to export my playlists to CSV.",
                "Can we get a sleep timer on the web version?",
                "Please add a home screen widget that shows the current song.",
                "Please let me hide podcasts from the home screen entirely.",
                "An offline mode for lyrics would be really useful.",
                "Please add monthly listening stats, not just the yearly recap.",
                "Would love a way to share a queue with friends in real time."), l(
                "Everything else is great.",
                "Most other apps have this already."), l(
                "Thanks!",
                "Fingers crossed."));
        add(EN, p, Topic.QUESTION, l(
                "How do I move my downloads to the SD card?",
                "Is there a way to switch from the family plan to individual without losing my playlists?",
                "Does the student plan renew automatically?",
                "How do I cancel my subscription from inside the app?",
                "Can I use aurora on two devices at the same time?",
                "Where did the queue button go?",
                "Is there a lock screen widget?"), l(
                "Couldn't find it in the help centre.",
                "I'm on {device}."), l(
                "Thanks in advance."));
    }

    private static void englishPocketbank() {
        String p = POCKETBANK;
        add(EN, p, Topic.LOGIN_CRASH, l(
                "Since updating to {ver} the app crashes every time I try to log in.",
                "Version {ver} crashes right after I enter my PIN on the login screen.",
                "The app crashes as soon as I tap 'Log in'. Started with the {ver} update.",
                "Can't get into my account: the login screen crashes the moment the bank verification pops up.",
                "Crash on login since {ver}, I see the fingerprint prompt and then the app closes.",
                "Every login attempt ends in a crash since the last update.",
                "Login crashes on my {device} after the update to {ver}."), l(
                "Reinstalled, cleared the cache, restarted the phone - it still crashes at login.",
                "I couldn't pay my rent because I can't get into the app.",
                "The website works, only the Android app crashes.",
                "It worked perfectly on the previous version.",
                "My colleague has the same problem on his {device}."), l(
                "Please fix this ASAP, I can't access my money.",
                "How am I supposed to bank like this?",
                "Is there a way to downgrade?",
                "One star until this is fixed."));
        add(EN, p, Topic.TRANSFER_SLOW, l(
                "Transfers that are supposed to be instant are taking {hours} hours to arrive.",
                "Sent {amount} to a friend on {weekday} and it still hasn't landed.",
                "My transfer has been stuck on 'processing' since yesterday.",
                "International transfers are painfully slow, {days} days and counting.",
                "Paying a friend back took most of the afternoon to go through."), l(
                "No notification, no explanation.",
                "My old bank did this in seconds.",
                "Rent was due and I got a late fee because of this.",
                "The status page says everything is fine."), l(
                "Please fix this, it's my money.",
                "Not acceptable for a bank.",
                "Starting to lose trust in the app."));
        add(EN, p, Topic.LOGIN, l(
                "Face ID login stopped working after the update, I have to type my passcode every time.",
                "The app logs me out every time I switch to another app to copy a code.",
                "I get 'session expired' every few minutes.",
                "Can't log in at all, the verification SMS never arrives.",
                "Fingerprint login fails constantly on my {device}.",
                "I was logged out mid-payment and had no idea if it went through."), l(
                "Reinstalled and re-registered my device, same thing.",
                "Makes quick balance checks a real chore."), l(
                "Please sort it out.",
                "Really annoying."));
        add(EN, p, Topic.CHARGED_TWICE, l(
                "I was charged twice for the same purchase at {merchant}, {amount} each time.",
                "A card payment went through twice and only one has been reversed.",
                "Duplicate transaction for one order at {merchant}, both have been pending for days.",
                "I've been charged twice for my monthly plan fee."), l(
                "The merchant says they only took one payment.",
                "It's pushed me close to my overdraft.",
                "I reported it in the chat {n} days ago."), l(
                "Please refund the duplicate.",
                "I need this money back urgently."));
        add(EN, p, Topic.REFUND, l(
                "I raised a dispute {days} days ago and the refund still hasn't arrived.",
                "The merchant confirmed they refunded me {amount} last week but it's not in my account.",
                "The refund has been showing as 'in progress' for over two weeks.",
                "Chargeback was approved but the money never showed up."), l(
                "Every time I ask, support says to wait another 3-5 working days.",
                "No updates in the app at all."), l(
                "What is going on?",
                "Very poor."));
        add(EN, p, Topic.CRASH, l(
                "The app crashes when I open the statements tab.",
                "It crashes whenever I try to scan a cheque.",
                "Crashes when I try to add a new payee.",
                "Crashes every time I open the card settings.",
                "The app crashed right after login on my {device}."), l(
                "On version {ver}.",
                "Reinstalled twice already."), l(
                "Please fix.",
                "Can't do my banking like this."));
        add(EN, p, Topic.NOTIFICATIONS, l(
                "I keep getting promotional notifications about credit offers I never asked for.",
                "Payment notifications arrive hours late or not at all.",
                "Turning off marketing notifications doesn't seem to do anything."), l(
                "The actual banking part works fine.",
                "I only want alerts for real transactions."), l(
                "Please respect my settings."));
        add(EN, p, Topic.PRICING, l(
                "Hidden FX fees on card payments abroad, this wasn't made clear at all.",
                "The monthly account fee went up without any warning.",
                "I was charged an ATM fee even though I'm under the free limit."), l(
                "I only noticed when checking my statement.",
                "Feels a bit sneaky."), l(
                "Please be more transparent."));
        add(EN, p, Topic.PRAISE, l(
                "Clean app, instant notifications, and splitting bills with friends is so easy.",
                "Savings pots are brilliant, I'm finally putting money aside every month.",
                "Best banking app I've used, everything just works.",
                "Love the spending breakdown, it really helped me budget.",
                "Setting up my account took five minutes, no branch visit needed."), l(
                "Moved all my banking over from my old bank.",
                "The card freeze button has saved me more than once."), l(
                "Highly recommend.",
                "Great work."));
        add(EN, p, Topic.SUPPORT_PRAISE, l(
                "Lost my card abroad and support froze it and sent a new one within minutes, amazing.",
                "Chat support sorted my blocked payment in under ten minutes.",
                "The support team was genuinely helpful when my salary payment got held up.",
                "Support walked me through setting up my joint account step by step."), l(
                "Actual humans who know what they're talking about.",
                "Way better than waiting on hold with my old bank."), l(
                "Thank you!",
                "Five stars for the team."));
        add(EN, p, Topic.FEATURE, l(
                "Please add export to CSV for transactions, I need it for my accounting.",
                "Dark mode please, the white screen is blinding at night.",
                "Would love to be able to set custom categories for spending.",
                "A balance widget for the home screen would be great.",
                "It would be great to schedule recurring transfers to my savings.",
                "Let me export statements as CSV, not just PDF.",
                "Please add round-ups to my savings pots."), l(
                "Otherwise the app is great.",
                "My accountant keeps asking for this."), l(
                "Thanks!",
                "Please consider it."));
        add(EN, p, Topic.QUESTION, l(
                "How do I increase my daily transfer limit?",
                "Is there a way to get a bank reference letter from the app?",
                "Can I add a joint account holder?",
                "Why is my card payment showing as pending for five days?",
                "How do I change the phone number linked to my account?"), l(
                "I couldn't find it in the FAQ.",
                "I'm on version {ver}."), l(
                "Thanks."));
    }

    private static void englishTripnest() {
        String p = TRIPNEST;
        add(EN, p, Topic.HOTEL_CANCEL, l(
                "The hotel cancelled my booking in {city} two days before arrival and tripnest only told me after I asked.",
                "I booked a 'free cancellation' room and was still charged a {amount} fee for cancelling.",
                "Arrived at {hotel} in {city} and they had no record of my reservation.",
                "My booking was cancelled without notice and the replacement options were twice the cost.",
                "The hotel in {city} cancelled on us the night before and we had to find a room at midnight."), l(
                "We were travelling with two small kids.",
                "The confirmation email still says the booking is active.",
                "Nobody from tripnest reached out proactively.",
                "I had to pay {amount} extra for a last-minute room."), l(
                "I expect compensation.",
                "Never again.",
                "Please improve how cancellations are communicated."));
        add(EN, p, Topic.REFUND, l(
                "I cancelled my flight {weeks} weeks ago and still haven't been refunded {amount}.",
                "The refund was promised within 5 business days, it's been {days} days.",
                "Every time I ask about my refund I get a different answer.",
                "My refund for the cancelled hotel in {city} is still 'processing'."), l(
                "I have the cancellation confirmation in writing.",
                "The hotel says they already sent the money to tripnest.",
                "I've opened three tickets about this."), l(
                "Please just pay me back.",
                "Extremely frustrating.",
                "Will be disputing with my bank if this isn't resolved."));
        add(EN, p, Topic.CHARGED_TWICE, l(
                "I got charged twice for the same hotel booking in {city}.",
                "My card was charged twice when the payment page timed out.",
                "I was charged twice for the same flight, {amount} each time."), l(
                "Only one booking shows up in my trips.",
                "Both charges are already posted, not pending."), l(
                "Please refund the second charge.",
                "Please fix your payment page."));
        add(EN, p, Topic.CRASH, l(
                "The app crashes when I try to change the dates on my search.",
                "It crashes when I open the map view.",
                "The app crashed during checkout and now I don't know if my booking went through."), l(
                "Using my {device}.",
                "Happens every time, not just occasionally."), l(
                "Please fix.",
                "Had to book on the website instead."));
        add(EN, p, Topic.LOGIN, l(
                "I keep getting logged out and lose my saved searches.",
                "Can't log in with my Google account anymore.",
                "The login code email takes ages to arrive."), l(
                "Very annoying when you're at the airport.",
                "Started with version {ver}."), l(
                "Please fix."));
        add(EN, p, Topic.PRICING, l(
                "The price jumped by {amount} between the search results and the checkout page.",
                "Taxes and resort fees only show up at the very last step.",
                "The 'deal' price disappeared as soon as I logged in."), l(
                "Feels like bait and switch.",
                "Booked directly with the hotel in the end."), l(
                "Please show the full price upfront."));
        add(EN, p, Topic.BATTERY, l(
                "The app drains my battery while travelling, location seems to be always on.",
                "Tripnest is at the top of my battery usage even though I barely open it."), l(
                "Not what you want when you're abroad and need your phone."), l(
                "Please fix the background location use."));
        add(EN, p, Topic.ADS, l(
                "Too many 'sponsored' hotels at the top of the results, it's hard to find real deals.",
                "The app keeps showing me car rental ads after I already booked one."), l(
                "The rest of the app is fine."), l(
                "Please add a filter to hide sponsored listings."));
        add(EN, p, Topic.OFFLINE, l(
                "The itinerary doesn't open without internet, which is exactly when I need it.",
                "Offline mode lost my boarding pass when I landed in {city}.",
                "My saved bookings show a spinner forever when I'm in airplane mode."), l(
                "Roaming is expensive, I can't be online all the time.",
                "Had to ask the hotel to look up my reservation."), l(
                "Please make offline mode work."));
        add(EN, p, Topic.PRAISE, l(
                "Booked our whole {city} trip in minutes, super easy to compare hotels.",
                "Love the itinerary view, everything is in one place.",
                "Great value and the check-in reminders are really handy.",
                "The fare alerts saved us a good chunk on our {city} flights.",
                "Easiest travel app I've used, the booking flow is so simple."), l(
                "Will use it again for our next trip.",
                "Recommended it to friends already."), l(
                "Thanks tripnest!",
                "Brilliant."));
        add(EN, p, Topic.SUPPORT_PRAISE, l(
                "Our flight got cancelled and support rebooked us on the next one within an hour, lifesavers.",
                "The support agent found us a new hotel in {city} at no extra cost when ours was overbooked.",
                "Really impressed with how quickly support handled my cancellation.",
                "Support got my refund sorted in two days after I'd been waiting weeks."), l(
                "Calm, friendly and actually solved the problem.",
                "Turned a stressful day into a good one."), l(
                "Thank you so much!",
                "Huge thanks to the team."));
        add(EN, p, Topic.FEATURE, l(
                "Please add an offline mode for the itinerary, I never have signal when I land.",
                "Dark mode would be nice.",
                "Let me export my bookings to CSV for expense reports.",
                "Would love calendar sync for my bookings.",
                "A home screen widget with my next trip would be great.",
                "Please add a filter for hotels with free cancellation only.",
                "It would be great to split a booking payment between two cards."), l(
                "Otherwise a great app.",
                "I travel for work a lot so this would help."), l(
                "Thanks!",
                "Please consider it."));
        add(EN, p, Topic.QUESTION, l(
                "Can I change the guest name on a booking after it's confirmed?",
                "Does the rate shown include breakfast?",
                "How do I get an invoice with my company's VAT number?",
                "Is it possible to add a second room to an existing booking?",
                "How do I know if my hotel in {city} offers free cancellation?"), l(
                "The booking page doesn't say.",
                "I'm travelling next week."), l(
                "Thanks in advance."));
    }

    private static void chinese() {
        add(ZH, AURORA, Topic.CRASH, l("切歌的时候经常闪退。", "搜索歌手的时候应用卡死然后退出。", "{ver}版本连上{carlink}就闪退。",
                "打开下载的歌单就崩溃。"), l("我用的是{device}。", "重装了也没用。"), l("希望修复。", "请尽快解决。"));
        add(ZH, AURORA, Topic.LOGIN, l("每次打开都要重新登录，很烦。", "微信登录一直提示失败。", "隔几天就被自动退出登录。"),
                l("退出登录之后下载的歌也没了。", "换了网络也一样。"), l("请尽快解决。", "体验很差。"));
        add(ZH, AURORA, Topic.BATTERY, l("后台播放耗电特别快，一个小时掉了{pct}%的电。", "听歌的时候手机发烫，特别耗电。"),
                l("别的音乐软件没有这个问题。"), l("希望优化一下。"));
        add(ZH, AURORA, Topic.ADS, l("免费版广告太多了，每两首歌就插一条广告。", "广告声音比音乐还大。"), l("歌曲还是挺全的。"),
                l("希望少一点广告。"));
        add(ZH, AURORA, Topic.LYRICS, l("歌词和歌曲不同步，慢了好几秒。", "很多中文歌没有歌词。", "歌词显示经常卡住不动。"),
                l("以前的版本是正常的。"), l("希望改进。"));
        add(ZH, AURORA, Topic.SUBTITLES, l("视频播客的字幕和声音对不上。", "横屏的时候字幕就不见了。"), l("听力不好，字幕对我很重要。"),
                l("希望尽快改进。"));
        add(ZH, AURORA, Topic.OFFLINE, l("离线模式下已下载的歌也放不了，一直提示没有网络。", "下载的歌过几天就自动没了。"),
                l("手机存储空间是够的。"), l("太失望了。"));
        add(ZH, AURORA, Topic.CHARGED_TWICE, l("家庭套餐这个月被扣了两次费。", "试用期内已经取消了，结果还是被扣费了。"),
                l("银行账单上有两笔一样的扣款。", "联系客服还没有回复。"), l("请尽快退款。"));
        add(ZH, AURORA, Topic.PRICING, l("会员价格有点贵，跟别的软件比不太划算。", "家庭套餐的价格偏高。"), l("软件本身挺好的。"),
                l("希望出个便宜点的套餐。"));
        add(ZH, AURORA, Topic.PRICE_INCREASE, l("会员又涨价了，从{old}涨到{new}，功能一点没变。",
                "收到涨价通知了，每月{new}太贵了。", "家庭套餐也涨价了，性价比越来越低。", "涨价之后播客里还有广告，凭什么？",
                "学生党表示涨价后用不起了，只能换回免费版。"), l("已经续费{years}年了。", "别的音乐软件现在更便宜。", "没有新功能却涨价。"),
                l("月底就取消订阅。", "不改回来就退订。", "太失望了。"));
        add(ZH, AURORA, Topic.PRAISE, l("音质很好，推荐的歌单也很合我口味。", "界面简洁好用，每日推荐很准。", "用了很多音乐软件，这个是最好用的。"),
                l("会员很值。", "已经推荐给朋友了。"), l("继续加油！", "好评！"));
        add(ZH, AURORA, Topic.SUPPORT_PRAISE, l("客服回复很快，问题一天就解决了。", "客服很耐心，帮我解决了扣费的问题。"),
                l("服务态度很好。"), l("谢谢！"));
        add(ZH, AURORA, Topic.FEATURE, l("希望能加个深色模式，晚上用太刺眼了。", "希望歌单可以导出成CSV文件。", "希望网页版也能有定时关闭功能。",
                "希望加一个桌面小组件。"), l("其他都挺好的。"), l("谢谢！"));
        add(ZH, AURORA, Topic.QUESTION, l("请问学生会员会自动续费吗？", "怎么把下载的歌曲移到SD卡？", "可以两台设备同时用吗？"), l(),
                l("谢谢。"));

        add(ZH, POCKETBANK, Topic.LOGIN_CRASH, l("更新到{ver}之后一登录就闪退。", "输入密码登录的时候应用直接崩溃。", "登录页面一弹出验证就闪退。"),
                l("重装了也没用。", "网页版可以正常登录。"), l("请尽快修复，我的钱都取不出来。"));
        add(ZH, POCKETBANK, Topic.TRANSFER_SLOW, l("转账到账太慢了，说是实时到账结果等了{hours}个小时。", "昨天转的钱到现在还显示处理中。"),
                l("也没有任何通知。", "房租都交晚了。"), l("请尽快处理。", "作为银行应用这样不行。"));
        add(ZH, POCKETBANK, Topic.LOGIN, l("人脸识别登录经常失败，只能输密码。", "用着用着就自动退出登录了。", "收不到验证码，根本登录不了。"),
                l("重装了也一样。"), l("很不方便。"));
        add(ZH, POCKETBANK, Topic.CHARGED_TWICE, l("同一笔消费被扣了两次款，每次{amount}。", "一笔刷卡消费扣了两次，只退回了一笔。"),
                l("已经联系客服但还没处理。"), l("请尽快退回多扣的钱。"));
        add(ZH, POCKETBANK, Topic.REFUND, l("退款申请提交{days}天了还没到账。", "商家说已经退款了，但我的账户里一直没有。"),
                l("每次问客服都说再等几天。"), l("太让人失望了。"));
        add(ZH, POCKETBANK, Topic.CRASH, l("打开账单页面就闪退。", "添加收款人的时候应用崩溃。"), l("我用的是{device}。"), l("请修复。"));
        add(ZH, POCKETBANK, Topic.NOTIFICATIONS, l("总是收到贷款推广的通知。", "消费提醒经常延迟好几个小时。"), l("关掉营销通知也没用。"),
                l("请尊重我的设置。"));
        add(ZH, POCKETBANK, Topic.PRICING, l("境外刷卡的手续费太高了，事先也没说清楚。", "账户管理费涨了也没有提前通知。"), l(),
                l("希望收费更透明。"));
        add(ZH, POCKETBANK, Topic.PRAISE, l("界面简洁，转账很方便。", "记账功能很好用，帮我控制了开销。"), l("比以前用的银行应用好太多了。"),
                l("好评！"));
        add(ZH, POCKETBANK, Topic.SUPPORT_PRAISE, l("银行卡丢了，客服几分钟就帮我冻结了，还寄了新卡。", "在线客服很专业，十分钟就解决了问题。"),
                l("服务态度非常好。"), l("谢谢！"));
        add(ZH, POCKETBANK, Topic.FEATURE, l("希望能把交易记录导出成CSV，方便记账。", "能不能增加深色模式？", "希望可以自定义消费分类。",
                "希望有个显示余额的桌面小组件。"), l("其他功能都很好。"), l("谢谢！"));
        add(ZH, POCKETBANK, Topic.QUESTION, l("请问如何提高每日转账限额？", "怎么修改绑定的手机号？"), l(), l("谢谢。"));

        add(ZH, TRIPNEST, Topic.HOTEL_CANCEL, l("酒店取消了我的订单却没有提前通知，到了{city}的酒店前台才知道。",
                "明明是免费取消的订单，取消后却被收了{amount}手续费。"), l("带着孩子半夜找酒店，太狼狈了。", "平台也没有主动联系我。"),
                l("希望给个说法。", "以后不会再用了。"));
        add(ZH, TRIPNEST, Topic.REFUND, l("取消订单后退款{days}天还没收到。", "航班取消了，退款一直显示处理中。"), l("客服每次说法都不一样。"),
                l("请尽快退款。", "太失望了。"));
        add(ZH, TRIPNEST, Topic.CHARGED_TWICE, l("订酒店的时候支付页面卡住，结果被扣了两次钱。", "同一张机票被扣了两次款。"),
                l("行程里只显示一个订单。"), l("请退回多扣的钱。"));
        add(ZH, TRIPNEST, Topic.CRASH, l("修改日期的时候应用闪退。", "打开地图就崩溃。"), l("我用的是{device}。"), l("请修复。"));
        add(ZH, TRIPNEST, Topic.LOGIN, l("老是自动退出登录，保存的搜索也没了。", "登录验证码邮件要等很久才到。"), l("在机场的时候特别着急。"),
                l("请修复。"));
        add(ZH, TRIPNEST, Topic.PRICING, l("搜索结果和付款页面的价格差了{amount}。", "税费到最后一步才显示出来。"), l("感觉被套路了。"),
                l("希望一开始就显示总价。"));
        add(ZH, TRIPNEST, Topic.BATTERY, l("出门旅行的时候这个应用特别耗电，定位好像一直开着。"), l(), l("希望修复后台定位。"));
        add(ZH, TRIPNEST, Topic.ADS, l("搜索结果前面全是推广酒店，很难找到真正的好价。"), l(), l("希望可以隐藏推广。"));
        add(ZH, TRIPNEST, Topic.OFFLINE, l("没有网络的时候行程打不开，偏偏这时候最需要。", "飞机落地后离线模式里的登机信息不见了。"), l(),
                l("希望离线模式能用。"));
        add(ZH, TRIPNEST, Topic.PRAISE, l("在{city}的行程全靠这个应用安排，比价很方便。", "行程视图很清楚，所有订单一目了然。"),
                l("下次旅行还会用。"), l("好评！"));
        add(ZH, TRIPNEST, Topic.SUPPORT_PRAISE, l("客服帮我重新安排了{city}的酒店，没有加钱，非常感谢！", "航班取消后客服一个小时内就帮我改签了。"),
                l("态度很好，效率很高。"), l("谢谢！"));
        add(ZH, TRIPNEST, Topic.FEATURE, l("希望行程可以离线查看，出国没网的时候很不方便。", "希望能把订单导出成CSV，方便报销。", "希望增加深色模式。"),
                l("其他都挺好。"), l("谢谢！"));
        add(ZH, TRIPNEST, Topic.QUESTION, l("请问预订后能修改入住人姓名吗？", "房费里包含早餐吗？"), l(), l("谢谢。"));
    }

    private static void german() {
        add(DE, AURORA, Topic.CRASH, l("Seit dem Update auf {ver} stürzt die App beim Start ab.",
                "Die App stürzt ab, sobald ich mein Handy mit {carlink} verbinde.",
                "Beim Überspringen von Songs stürzt die App ständig ab."), l("Neu installiert, hilft nichts.",
                "Mein {device} ist auf dem neuesten Stand."), l("Bitte schnell beheben!", "Echt ärgerlich."));
        add(DE, AURORA, Topic.LOGIN, l("Die App meldet mich ständig ab.", "Die Anmeldung mit Google schlägt immer fehl."),
                l("Danach sind meine Downloads weg."), l("Sehr ärgerlich."));
        add(DE, AURORA, Topic.ADS, l("Viel zu viel Werbung in der kostenlosen Version.",
                "Die Werbung ist viel lauter als die Musik."), l(), l("Schade."));
        add(DE, AURORA, Topic.LYRICS, l("Die Songtexte laufen ein paar Sekunden hinterher.",
                "Für viele Songs von {artist} fehlen die Texte."), l(), l("Ansonsten top."));
        add(DE, AURORA, Topic.PRICING, l("Premium ist im Vergleich ziemlich teuer."), l(), l());
        add(DE, AURORA, Topic.PRICE_INCREASE, l("Premium ist schon wieder teurer geworden: von {old} auf {new} im Monat.",
                "Die Preiserhöhung auf {new} ist eine Frechheit, die App ist genau dieselbe wie letztes Jahr.",
                "Warum wird der Familientarif teurer? Es gibt nichts Neues.",
                "Nach der Preiserhöhung kündige ich mein Abo."), l("Ich bin seit {years} Jahren Kunde.",
                "Andere Dienste sind jetzt günstiger."), l("Ich kündige zum Monatsende.", "Sehr enttäuschend."));
        add(DE, AURORA, Topic.PRAISE, l("Super Klangqualität und richtig gute Playlists.",
                "Die Empfehlungen treffen genau meinen Geschmack."), l("Premium lohnt sich."), l("Weiter so!"));
        add(DE, AURORA, Topic.FEATURE, l("Bitte einen Dunkelmodus für den Web-Player einbauen.",
                "Ein Export meiner Playlists als CSV wäre super.", "Bitte ein Widget für den Startbildschirm."), l(),
                l("Danke!"));

        add(DE, POCKETBANK, Topic.LOGIN_CRASH, l("Seit dem Update auf {ver} stürzt die App bei der Anmeldung ab.",
                "Die App stürzt jedes Mal ab, wenn ich mich anmelden will.",
                "Nach der PIN-Eingabe beim Login stürzt die App sofort ab.",
                "Anmeldung unmöglich: Absturz direkt nach dem Fingerabdruck.",
                "Mit Version {ver} stürzt der Login auf meinem {device} ab."), l(
                "Neu installiert und Cache gelöscht, hilft nichts.", "Ich komme nicht an mein Geld.",
                "Im Browser funktioniert die Anmeldung, nur die App stürzt ab."), l("Bitte sofort beheben!",
                "So kann ich kein Online-Banking machen.", "Ein Stern, bis das behoben ist."));
        add(DE, POCKETBANK, Topic.TRANSFER_SLOW, l("Überweisungen dauern ewig, obwohl sie als Echtzeit beworben werden.",
                "Meine Überweisung an den Vermieter ist immer noch nicht angekommen."),
                l("Seit {hours} Stunden steht sie auf 'in Bearbeitung'."), l("Sehr ärgerlich."));
        add(DE, POCKETBANK, Topic.LOGIN, l("Die App meldet mich ständig ab.",
                "Face ID funktioniert seit dem Update nicht mehr, ich muss jedes Mal die PIN eingeben."), l(),
                l("Nervig."));
        add(DE, POCKETBANK, Topic.CHARGED_TWICE, l("Mir wurde dieselbe Kartenzahlung zweimal abgebucht ({amount}).",
                "Eine Zahlung im Supermarkt wurde doppelt belastet."), l(), l("Bitte um Erstattung."));
        add(DE, POCKETBANK, Topic.REFUND, l("Die Erstattung von {amount} ist nach {days} Tagen immer noch nicht da."), l(),
                l("Was ist da los?"));
        add(DE, POCKETBANK, Topic.CRASH, l("Die App stürzt ab, wenn ich die Kontoauszüge öffne."), l(), l("Bitte beheben."));
        add(DE, POCKETBANK, Topic.PRAISE, l("Übersichtliche App, alles funktioniert einfach.",
                "Die Sparziele sind super, endlich lege ich jeden Monat etwas zur Seite."), l(), l("Weiter so!"));
        add(DE, POCKETBANK, Topic.SUPPORT_PRAISE, l("Der Support hat meine gesperrte Zahlung in zehn Minuten gelöst.",
                "Karte im Urlaub verloren, der Support hat sie sofort gesperrt."), l(), l("Vielen Dank!"));
        add(DE, POCKETBANK, Topic.FEATURE, l("Bitte einen Export der Umsätze als CSV anbieten.", "Ein Dunkelmodus wäre super."),
                l(), l("Danke!"));

        add(DE, TRIPNEST, Topic.HOTEL_CANCEL, l("Das Hotel hat meine Buchung in {city} storniert und ich wurde nicht informiert.",
                "Trotz kostenloser Stornierung wurden mir {amount} Gebühr berechnet."), l("Wir standen abends ohne Zimmer da."),
                l("Nie wieder."));
        add(DE, TRIPNEST, Topic.REFUND, l("Ich warte seit {days} Tagen auf meine Erstattung.",
                "Die Rückerstattung für mein storniertes Hotel in {city} ist immer noch offen."), l(),
                l("Bitte endlich überweisen."));
        add(DE, TRIPNEST, Topic.PRAISE, l("Die ganze Reise in wenigen Minuten gebucht, super einfach."), l(), l("Danke!"));
        add(DE, TRIPNEST, Topic.SUPPORT_PRAISE, l("Der Support hat uns in einer Stunde ein neues Hotel in {city} besorgt."), l(),
                l("Vielen Dank!"));
        add(DE, TRIPNEST, Topic.FEATURE, l("Bitte einen Offline-Modus für die Reiseübersicht anbieten.",
                "Ein Export der Buchungen als CSV für die Spesenabrechnung wäre toll."), l(), l("Danke!"));
        add(DE, TRIPNEST, Topic.QUESTION, l("Kann ich den Namen des Gastes nach der Buchung ändern?"), l(), l("Danke."));
    }

    private static void french() {
        add(FR, AURORA, Topic.CRASH, l("Depuis la mise à jour {ver}, l'application plante dès le lancement.",
                "L'appli se ferme toute seule quand j'ouvre ma bibliothèque.",
                "Plantage systématique dès que je me connecte {carlink}."), l("J'ai réinstallé, rien à faire."),
                l("Merci de corriger vite."));
        add(FR, AURORA, Topic.LOGIN, l("L'application me déconnecte sans arrêt."), l("Mes téléchargements disparaissent."),
                l("Pénible."));
        add(FR, AURORA, Topic.ADS, l("Beaucoup trop de publicités dans la version gratuite.",
                "Les pubs sont bien plus fortes que la musique."), l(), l("Dommage."));
        add(FR, AURORA, Topic.LYRICS, l("Les paroles sont décalées de plusieurs secondes."), l(), l("Sinon, rien à dire."));
        add(FR, AURORA, Topic.PRICE_INCREASE, l("Premium est encore plus cher : de {old} à {new} par mois.",
                "L'augmentation du prix à {new} par mois, c'est abusé.",
                "Pourquoi le prix de l'offre Famille augmente ? Rien de nouveau dans l'appli.",
                "Avec la hausse de prix, je vais résilier mon abonnement."), l("Abonné depuis {years} ans.",
                "Les autres services sont moins chers maintenant."), l("Je résilie à la fin du mois.", "Très déçu."));
        add(FR, AURORA, Topic.PRAISE, l("Excellente qualité audio et de super recommandations.",
                "J'adore les playlists du matin."), l(), l("Bravo !"));
        add(FR, AURORA, Topic.FEATURE, l("Un mode sombre pour le lecteur web, svp.",
                "Pouvoir exporter mes playlists en CSV serait top."), l(), l("Merci !"));

        add(FR, POCKETBANK, Topic.LOGIN_CRASH, l("Depuis la mise à jour {ver}, l'application plante à chaque connexion.",
                "L'appli plante dès que je saisis mon code pour me connecter.",
                "Impossible de me connecter : l'application plante juste après l'empreinte digitale.",
                "Plantage systématique à la connexion depuis la version {ver}."), l("J'ai réinstallé, rien à faire.",
                "Sur le site web la connexion marche, c'est l'appli qui plante."), l(
                "Merci de corriger vite, je n'ai plus accès à mon argent.", "Inadmissible pour une banque."));
        add(FR, POCKETBANK, Topic.LOGIN, l("L'application me déconnecte sans arrêt.",
                "Impossible de me connecter, le code SMS n'arrive jamais."), l("Face ID ne marche plus depuis la mise à jour."),
                l("Pénible."));
        add(FR, POCKETBANK, Topic.REFUND, l("Mon remboursement de {amount} n'est toujours pas arrivé après {days} jours.",
                "Le commerçant m'a remboursé il y a une semaine mais je ne vois rien sur mon compte."), l(),
                l("Inadmissible."));
        add(FR, POCKETBANK, Topic.CHARGED_TWICE, l("Le même paiement par carte a été débité deux fois ({amount})."), l(),
                l("Merci de rembourser."));
        add(FR, POCKETBANK, Topic.SUPPORT_PRAISE, l("Le support a bloqué ma carte volée en quelques minutes."), l(),
                l("Merci !"));
        add(FR, POCKETBANK, Topic.FEATURE, l("Merci d'ajouter l'export des transactions en CSV.",
                "Un mode sombre serait le bienvenu."), l(), l("Merci !"));

        add(FR, TRIPNEST, Topic.HOTEL_CANCEL, l("Réservation annulée par l'hôtel à {city} la veille, sans aucune alerte.",
                "On m'a facturé {amount} de frais alors que l'annulation était gratuite."), l(), l("Très déçu."));
        add(FR, TRIPNEST, Topic.REFUND, l("J'attends mon remboursement depuis {days} jours."), l(), l("C'est long."));
        add(FR, TRIPNEST, Topic.CHARGED_TWICE, l("J'ai été débité deux fois pour la même réservation."), l(),
                l("Merci de rembourser."));
        add(FR, TRIPNEST, Topic.PRAISE, l("Tout le voyage réservé en quelques minutes, très pratique."), l(), l("Bravo !"));
        add(FR, TRIPNEST, Topic.SUPPORT_PRAISE, l("Le service client nous a trouvé un nouvel hôtel en une heure.",
                "Vol annulé, et le support nous a replacés sur le suivant très vite."), l(), l("Merci beaucoup !"));
        add(FR, TRIPNEST, Topic.FEATURE, l("Un mode hors ligne pour l'itinéraire serait très utile."), l(), l("Merci !"));
    }

    private static void spanish() {
        add(ES, AURORA, Topic.CRASH, l("Desde la actualización {ver} la app se cierra nada más abrirla.",
                "Se cuelga en cuanto conecto {carlink}."), l("Ya la reinstalé y nada."), l("¡Arréglenlo pronto, por favor!"));
        add(ES, AURORA, Topic.LYRICS, l("Las letras van desincronizadas varios segundos.",
                "Faltan las letras de muchas canciones de {artist}."), l(), l("Por lo demás, bien."));
        add(ES, AURORA, Topic.PRICE_INCREASE, l("Premium ha vuelto a subir de precio: de {old} a {new} al mes.",
                "La subida de precio a {new} es una tomadura de pelo.",
                "¿Por qué sube el precio del plan familiar? La app es la misma.",
                "Con el nuevo precio me sale demasiado caro, voy a cancelar."), l("Llevo {years} años suscrito."),
                l("Me doy de baja a fin de mes.", "Muy decepcionado."));
        add(ES, AURORA, Topic.PRAISE, l("Me encanta, las listas recomendadas son geniales.", "Muy buena calidad de sonido."), l(),
                l("¡Muy recomendable!"));
        add(ES, AURORA, Topic.FEATURE, l("Por favor, añadan modo oscuro al reproductor web."), l(), l("Gracias."));

        add(ES, POCKETBANK, Topic.LOGIN_CRASH, l("Desde la actualización {ver} la app se cierra al iniciar sesión.",
                "La app se cierra cada vez que intento iniciar sesión.",
                "Al poner el PIN para iniciar sesión la app se cierra de golpe."), l("Ya la reinstalé y nada."),
                l("¡No puedo acceder a mi dinero!"));
        add(ES, POCKETBANK, Topic.TRANSFER_SLOW, l("Las transferencias tardan muchísimo, llevo {hours} horas esperando.",
                "Una transferencia inmediata que tarda un día entero no es inmediata."), l(), l("Así no."));
        add(ES, POCKETBANK, Topic.SUPPORT_PRAISE, l("El soporte me bloqueó la tarjeta robada en minutos.",
                "El chat de soporte me resolvió el problema enseguida."), l(), l("¡Gracias!"));
        add(ES, POCKETBANK, Topic.FEATURE, l("Por favor, añadan modo oscuro.",
                "Estaría bien poder exportar los movimientos a CSV."), l(), l("Gracias."));

        add(ES, TRIPNEST, Topic.HOTEL_CANCEL, l("El hotel de {city} canceló mi reserva sin avisar."), l(), l("Fatal."));
        add(ES, TRIPNEST, Topic.REFUND, l("Cancelé el hotel en {city} hace {days} días y sigo sin el reembolso.",
                "Me prometieron el reembolso en 5 días hábiles y ya van {days}."), l(), l("Fatal."));
        add(ES, TRIPNEST, Topic.PRAISE, l("Reservamos todo el viaje en minutos, muy fácil de usar.",
                "Las alertas nos ahorraron bastante en los vuelos."), l(), l("¡Genial!"));
        add(ES, TRIPNEST, Topic.QUESTION, l("¿Puedo cambiar el nombre del huésped después de reservar?",
                "¿La tarifa incluye el desayuno?"), l(), l("Gracias."));
    }
}
