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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the wrk load generator (Debian package {@code wrk}) as a separate process with one thread,
 * pinned with {@code taskset} to CPUs other than the server's, and reads its result line.
 */
final class Wrk {

  private final String cpus;
  private final Path readScript;
  private final Path writeScript;
  private final Path workDir;
  private final AtomicInteger runs = new AtomicInteger();

  /** Writes the Lua scripts to {@code workDir}; wrk runs on {@code cpus} (a taskset list), or anywhere if empty. */
  Wrk(Path workDir, String cpus) throws IOException {
    this.cpus = cpus;
    String report = resource("report.lua");
    readScript = Files.writeString(workDir.resolve("read.lua"), report);
    writeScript = Files.writeString(workDir.resolve("write.lua"), resource("put.lua") + "\n" + report);
    this.workDir = workDir;
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

  /** GETs {@code url} repeatedly, with {@code ifNoneMatch} when not null; returns once started. */
  Run startRead(URI url, String ifNoneMatch, int connections, int seconds) {
    List<String> command = command(readScript, connections, seconds);
    if (ifNoneMatch != null) {
      command.add("-H");
      command.add("If-None-Match: " + ifNoneMatch);
    }
    command.add(url.toString());
    return start(command);
  }

  /**
   * PUTs {@code body} to {@code base/items/put-N}, N from 1 to connections + 1 (see put.lua), each
   * with its current If-Match.
   */
  Run startWrite(URI base, Path body, int connections, int seconds) {
    List<String> command = command(writeScript, connections, seconds);
    command.add(base.toString());
    command.add("--");
    command.add("/items/");
    command.add(body.toString());
    command.add(Integer.toString(connections + 1));
    return start(command);
  }

  private List<String> command(Path script, int connections, int seconds) {
    List<String> command = new ArrayList<>();
    if (!cpus.isEmpty()) {
      command.add("taskset");
      command.add("-c");
      command.add(cpus);
    }
    command.add("wrk");
    // One thread: wrk keeps many connections on one event loop, and has one CPU.
    command.add("-t1");
    command.add("-c" + connections);
    command.add("-d" + seconds + "s");
    command.add("--timeout");
    command.add("10s");
    command.add("-s");
    command.add(script.toString());
    return command;
  }

  private Run start(List<String> command) {
    Path output = workDir.resolve("wrk-" + runs.incrementAndGet() + ".out");
    try {
      // Output goes to a file, so this JVM does no work (and allocates nothing) while wrk runs.
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
      return new Run(command, process, output);
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + command, e);
    }
  }

  /** A wrk process under way. */
  static final class Run {
    private final List<String> command;
    private final Process process;
    private final Path output;

    private Run(List<String> command, Process process, Path output) {
      this.command = command;
      this.process = process;
      this.output = output;
    }

    /** Waits for wrk to finish and reads its result. */
    WrkResult await() {
      try {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new IllegalStateException("wrk did not finish: " + command);
        }
        String text = Files.readString(output);
        Files.delete(output);
        if (process.exitValue() != 0) {
          throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + command + "\n" + text);
        }
        return WrkResult.parse(text);
      } catch (IOException e) {
        throw new IllegalStateException("could not read the output of " + command, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
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
