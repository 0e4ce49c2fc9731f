package dev.portrayal.cli;

/** Commands whose options are fixed by the contract but whose work has not landed yet. */
final class NotYetAvailable {
    private NotYetAvailable() {
    }

    static int say(String command, String what) {
        System.err.println("portrayal " + command + ": not yet available (" + what + " is in progress); "
                + "see README.md for what works today");
        return Failures.FAILED;
    }
}
