package org.frontline.serve.api;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One group of API endpoints: handles a request when its path is theirs, else says no. */
interface Routes {
    /** Whether this group answered the request. */
    boolean handle(String method, String path, HttpExchange ex) throws IOException;
}
