package touchbase.booking;

import java.time.ZonedDateTime;

/** The description of a touch-base invite: a short friendly note with a few conversation prompts. */
public final class Agenda {

    private Agenda() {
    }

    public static String forColleague(String name) {
        String who = name == null || name.isBlank() ? "" : " with " + name.strip();
        return "A regular touch-base" + who + " to catch up. No preparation needed; some prompts if useful:\n"
                + "\n"
                + "- What are you working on at the moment?\n"
                + "- What is going on outside work?\n"
                + "- What could I help with?\n"
                + "- Anything worth sharing (something you read, learnt or noticed)?\n"
                + "\n"
                + "Booked with Touchbase. If the time stops working, decline this occurrence and it will be moved.";
    }

    /** The line that opens the description when the time lies outside the colleague's working hours. */
    public static String acrossZones(String name, ZonedDateTime theirStart) {
        return "This time was chosen across time zones: you share no working hours, so it lies outside a usual "
                + "working day (" + theirStart.toLocalTime() + " for " + name + ", " + theirStart.getZone().getId()
                + "). Thank you for stretching; decline an occurrence when it does not suit.";
    }
}
