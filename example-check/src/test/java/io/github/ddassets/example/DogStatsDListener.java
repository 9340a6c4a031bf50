package io.github.ddassets.example;

import io.github.ddassets.testing.DogStatsDLines;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A DogStatsD server on a free loopback UDP port that keeps what it receives, for a test. */
final class DogStatsDListener implements AutoCloseable {

  /** How long the socket must stay quiet before everything is deemed read. */
  private static final int QUIET_MILLIS = 1_000;

  private final DatagramSocket socket;

  DogStatsDListener() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    socket.setReceiveBufferSize(1 << 20);
  }

  int port() {
    return socket.getLocalPort();
  }

  /**
   * Reads the datagrams received so far. Called once the check's process has exited: its client
   * flushed everything before exiting, so the datagrams already wait in the socket's buffer.
   */
  DogStatsDLines.Submissions drain() throws IOException {
    List<String> datagrams = new ArrayList<>();
    byte[] buffer = new byte[65_536];
    socket.setSoTimeout(QUIET_MILLIS);
    while (true) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return DogStatsDLines.parse(datagrams);
      }
      datagrams.add(
          new String(
              packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public void close() {
    socket.close();
  }
}
