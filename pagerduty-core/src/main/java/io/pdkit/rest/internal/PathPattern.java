package io.pdkit.rest.internal;

/**
 * One canonical path pattern split into nodes; a node in braces is a parameter that matches any value.
 */
record PathPattern(String value, String[] nodes, int literalCount) {

    PathPattern(String value) {
        this(value, value.split("/", -1), countLiterals(value.split("/", -1)));
    }

    boolean matches(String path) {
        String[] candidate = path.split("/", -1);
        if (candidate.length != this.nodes.length) {
            return false;
        }
        for (int i = 1; i < this.nodes.length; i++) {
            if (!isParameter(this.nodes[i]) && !this.nodes[i].equals(candidate[i])) {
                return false;
            }
        }
        return true;
    }

    static boolean isParameter(String node) {
        return node.startsWith("{") && node.endsWith("}");
    }

    private static int countLiterals(String[] nodes) {
        int count = 0;
        for (int i = 1; i < nodes.length; i++) {
            if (!isParameter(nodes[i])) {
                count++;
            }
        }
        return count;
    }

}
