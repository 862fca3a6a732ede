package touchbase.booking;

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
}
