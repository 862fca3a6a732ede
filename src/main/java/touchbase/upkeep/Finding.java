package touchbase.upkeep;

import java.util.Objects;

/**
 * What a recheck finds wrong with a booked series or one of its upcoming occurrences. Each finding
 * says in {@link #reason()} what the person reads in the report.
 */
public sealed interface Finding {

    /** What happened, in a few words, e.g. "Ana declined". */
    String reason();

    /** A meeting now clashes, within the buffer, with an occurrence; {@code where} is "your calendar" or "Ana's calendar". */
    record Clash(String where) implements Finding {
        public Clash {
            Objects.requireNonNull(where, "where must not be null");
        }

        @Override
        public String reason() {
            return "a new meeting on " + where + " clashes";
        }
    }

    /**
     * Some members of a group cannot come to an occurrence (a meeting of theirs clashes), but at least
     * the group's quorum still can: it stays where it is, flagged so the person knows who will miss it.
     */
    record CannotCome(java.util.List<String> names, int canCome, int quorum) implements Finding {
        public CannotCome {
            names = java.util.List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        }

        @Override
        public String reason() {
            return Lookahead.inWords(names) + " cannot come (a meeting clashes); " + canCome + " can, the quorum is "
                    + quorum + ", so it stays";
        }
    }

    /**
     * The colleague's zone or working hours changed and an occurrence now lies outside their working
     * hours: it moves to the nearest slot inside both people's hours.
     */
    record OutsideHours(String colleagueName) implements Finding {
        public OutsideHours {
            Objects.requireNonNull(colleagueName, "colleagueName must not be null");
        }

        @Override
        public String reason() {
            return "now outside " + colleagueName + "'s working hours";
        }
    }

    /**
     * A touch-base no longer keeps the account's own rules where it is ({@code what}: outside its working
     * hours, or over its daily or weekly cap, after the settings changed or more were booked): it moves.
     */
    record AgainstYourSettings(String what) implements Finding {
        public AgainstYourSettings {
            Objects.requireNonNull(what, "what must not be null");
        }

        @Override
        public String reason() {
            return "now " + what;
        }
    }

    /** The colleague declined an occurrence at its regular time: it moves clear of that time. */
    record Declined(String colleagueName) implements Finding {
        public Declined {
            Objects.requireNonNull(colleagueName, "colleagueName must not be null");
        }

        @Override
        public String reason() {
            return colleagueName + " declined";
        }
    }

    /**
     * The colleague declined an occurrence at the time it was already moved to: it is flagged, not
     * moved again, so two people cannot push it around forever.
     */
    record DeclinedAgain(String colleagueName) implements Finding {
        public DeclinedAgain {
            Objects.requireNonNull(colleagueName, "colleagueName must not be null");
        }

        @Override
        public String reason() {
            return "declined the moved time too: " + colleagueName + " declined it after it was moved";
        }
    }

    /**
     * A member declined their coffee roulette pair meeting (a single event): it is flagged where it
     * is, since moving it for one person's answer would only push it around; the round stays.
     */
    record PairDeclined(java.util.List<String> names) implements Finding {
        public PairDeclined {
            names = java.util.List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        }

        @Override
        public String reason() {
            return Lookahead.inWords(names) + " declined this pair meeting: it stays, and the rest of the round"
                    + " is not moved";
        }
    }

    /** The colleague declined the whole series: only the person can settle that. */
    record SeriesDeclined(String colleagueName) implements Finding {
        public SeriesDeclined {
            Objects.requireNonNull(colleagueName, "colleagueName must not be null");
        }

        @Override
        public String reason() {
            return colleagueName + " declined the whole series: talk to them, then reschedule or cancel it";
        }
    }

    /** The series ({@code wholeSeries}) or one occurrence was deleted directly in Google Calendar. */
    record Gone(boolean wholeSeries) implements Finding {
        @Override
        public String reason() {
            return wholeSeries ? "deleted in Google Calendar" : "cancelled in Google Calendar";
        }
    }

    /**
     * Someone's free/busy could not be read, so a clash there cannot be seen; nothing is moved for it.
     * {@code calendarId} names the calendar, {@code why} is Google's reason.
     */
    record UnknownCalendar(String calendarId, String why) implements Finding {
        public UnknownCalendar {
            Objects.requireNonNull(calendarId, "calendarId must not be null");
            Objects.requireNonNull(why, "why must not be null");
        }

        @Override
        public String reason() {
            return "the free/busy of " + calendarId + " is unknown (" + why + ")";
        }
    }
}
