package dev.etagfilter.benchmarks.loopback;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the wrk load generator (Debian package {@code wrk}) as a separate process, one thread per
 * connection, and reads its result line.
 */
final class Wrk {

  private final Path readScript;
  private final Path writeScript;
  private final Path output;

  /** Writes the Lua scripts to {@code workDir}. */
  Wrk(Path workDir) throws IOException {
    String report = resource("report.lua");
    readScript = Files.writeString(workDir.resolve("read.lua"), report);
    writeScript = Files.writeString(workDir.resolve("write.lua"), resource("put.lua") + "\n" + report);
    output = workDir.resolve("wrk.out");
  }

  /** Fails with the install command when wrk is not on the PATH. */
  static void checkInstalled() {
    try {
      Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("wrk is not installed: run apt-get install -y wrk", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs {@code url} repeatedly, with {@code ifNoneMatch} when not null. */
  WrkResult read(URI url, String ifNoneMatch, int connections, int seconds) {
    List<String> command = command(readScript, connections, seconds);
    if (ifNoneMatch != null) {
      command.add("-H");
      command.add("If-None-Match: " + ifNoneMatch);
    }
    command.add(url.toString());
    return run(command);
  }

  /** PUTs {@code body} to {@code base/items/put-N}, one item per connection, with the current If-Match. */
  WrkResult write(URI base, Path body, int connections, int seconds) {
    List<String> command = command(writeScript, connections, seconds);
    command.add(base.toString());
    command.add("--");
    command.add("/items/");
    command.add(body.toString());
    return run(command);
  }

  private static List<String> command(Path script, int connections, int seconds) {
    List<String> command = new ArrayList<>();
    command.add("wrk");
    command.add("-t" + connections);
    command.add("-c" + connections);
    command.add("-d" + seconds + "s");
    command.add("--timeout");
    command.add("10s");
    command.add("-s");
    command.add(script.toString());
    return command;
  }

  private WrkResult run(List<String> command) {
    try {
      // Output goes to a file, so this JVM does no work (and allocates nothing) while wrk runs.
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("wrk did not finish: " + command);
      }
      String text = Files.readString(output);
      if (process.exitValue() != 0) {
        throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + command + "\n" + text);
      }
      return WrkResult.parse(text);
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Wrk.class.getResourceAsStream("/wrk/" + name)) {
      if (in == null) {
        throw new IOException("missing resource /wrk/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
