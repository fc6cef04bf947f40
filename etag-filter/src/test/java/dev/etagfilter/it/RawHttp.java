package dev.etagfilter.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request byte for byte over a socket, for header values that well-behaved clients refuse
 * to send (control characters, obs-text), and returns the status code and the raw response.
 */
final class RawHttp {

  record Reply(int status, String text) {}

  private RawHttp() {}

  static Reply send(URI base, String method, String path, String extraHeaderLines) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(10_000);
      String request = method + " /" + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
          + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n"
          + extraHeaderLines + "\r\n{}";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      in.transferTo(buffer);
      String text = buffer.toString(StandardCharsets.ISO_8859_1);
      return new Reply(Integer.parseInt(text.substring(9, 12)), text);
    }
  }
}
