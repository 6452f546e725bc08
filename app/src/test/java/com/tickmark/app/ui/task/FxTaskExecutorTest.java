package com.tickmark.app.ui.task;

import static com.tickmark.app.ui.fixture.Fx.onFx;
import static com.tickmark.app.ui.fixture.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskExecutorTest {
  private final TaskMonitor monitor = new TaskMonitor();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final FxTaskExecutor executor =
      new FxTaskExecutor(
          2,
          monitor,
          (title, error) -> events.add("default handler: " + title + ": " + error.getMessage()));

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void shutdown() {
    executor.shutdown();
  }

  @Test
  void runsTheWorkOffTheFxThreadAndAppliesTheResultOnIt() {
    onFx(
        () ->
            executor.execute(
                BackgroundTask.of(
                        "answer",
                        ctx -> {
                          events.add("work on FX thread: " + Platform.isFxApplicationThread());
                          return 42;
                        })
                    .onSuccess(
                        r ->
                            events.add(
                                "result "
                                    + r
                                    + " on FX thread: "
                                    + Platform.isFxApplicationThread()))));
    waitUntil(() -> events.size() == 2);
    assertThat(events).containsExactly("work on FX thread: false", "result 42 on FX thread: true");
  }

  @Test
  void cancellingStopsTheWorkAndDeliversNoResult() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    TaskHandle handle =
        onFx(
            () ->
                executor.execute(
                    BackgroundTask.of(
                            "endless",
                            ctx -> {
                              running.countDown();
                              long rounds = 0;
                              while (!ctx.isCancelled()) {
                                ctx.updateProgress(++rounds % 100, 100);
                                Thread.onSpinWait();
                              }
                              stopped.countDown();
                              return rounds;
                            })
                        .onSuccess(r -> events.add("success"))
                        .onCancelled(() -> events.add("cancelled"))
                        .onFinished(() -> events.add("finished"))));
    assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
    waitUntil(() -> monitor.current() == handle);

    onFx(monitor::cancelCurrent);

    assertThat(stopped.await(10, TimeUnit.SECONDS))
        .as("the work saw the cancellation and stopped")
        .isTrue();
    waitUntil(() -> events.contains("finished"));
    assertThat(events).containsExactly("cancelled", "finished");
    assertThat(handle.isCancelled()).isTrue();
    waitUntil(() -> monitor.current() == null && monitor.running().isEmpty());
  }

  @Test
  void theMonitorShowsTheLatestRunningTaskWithItsMessageAndProgress() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch reported = new CountDownLatch(1);
    TaskHandle handle =
        onFx(
            () ->
                executor.execute(
                    BackgroundTask.run(
                        "Importing statements",
                        ctx -> {
                          ctx.updateMessage("file 3 of 4");
                          ctx.updateProgress(3, 4);
                          reported.countDown();
                          release.await(10, TimeUnit.SECONDS);
                        })));
    assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
    waitUntil(
        () ->
            "file 3 of 4".equals(handle.messageProperty().get())
                && handle.progressProperty().get() == 0.75);
    assertThat(onFx(() -> monitor.current().title())).isEqualTo("Importing statements");
    assertThat(onFx(() -> monitor.busyProperty().get())).isTrue();

    release.countDown();
    waitUntil(() -> !monitor.busyProperty().get());
    assertThat(handle.isDone()).isTrue();
  }

  @Test
  void failuresWithoutAHandlerGoToTheDefaultHandlerWithTheTaskTitle() {
    onFx(
        () ->
            executor.execute(
                BackgroundTask.run(
                    "Loading trades",
                    ctx -> {
                      throw new IllegalStateException("database closed");
                    })));
    waitUntil(() -> !events.isEmpty());
    assertThat(events).containsExactly("default handler: Loading trades: database closed");
  }

  @Test
  void aTasksOwnFailureHandlerRunsOnTheFxThread() {
    onFx(
        () ->
            executor.execute(
                BackgroundTask.run(
                        "Loading trades",
                        ctx -> {
                          throw new IllegalStateException("database closed");
                        })
                    .onFailure(
                        e ->
                            events.add(
                                "own handler on FX thread: " + Platform.isFxApplicationThread()))));
    waitUntil(() -> !events.isEmpty());
    assertThat(events).containsExactly("own handler on FX thread: true");
  }
}
