package org.frontline.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which addresses {@code serve} warns about: anything another machine can reach. */
class ServeOptionsTest {
    @Test
    void onlyLoopbackAddressesAreQuiet() {
        assertTrue(ServeCommand.isLoopback("127.0.0.1"));
        assertTrue(ServeCommand.isLoopback("::1"));
        assertTrue(ServeCommand.isLoopback("localhost"));
        assertFalse(ServeCommand.isLoopback("0.0.0.0"));
        assertFalse(ServeCommand.isLoopback("::"));
    }
}
