package com.tickmark.app.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class DirectTaskExecutorTest {
  private final DirectTaskExecutor executor = new DirectTaskExecutor();
  private final List<String> events = new ArrayList<>();

  @Test
  void appliesTheResultBeforeExecuteReturns() {
    TaskHandle handle =
        executor.execute(
            BackgroundTask.of(
                    "sum",
                    ctx -> {
                      ctx.updateProgress(1, 2);
                      ctx.updateMessage("half way");
                      return 1 + 2;
                    })
                .onSuccess(r -> events.add("success " + r))
                .onFinished(() -> events.add("finished")));
    assertThat(events).containsExactly("success 3", "finished");
    assertThat(handle.isDone()).isTrue();
    assertThat(handle.messageProperty().get()).isEqualTo("half way");
    assertThat(handle.progressProperty().get()).isEqualTo(0.5);
  }

  @Test
  void passesFailuresToTheTasksHandler() {
    executor.execute(
        BackgroundTask.of(
                "fails",
                ctx -> {
                  throw new IllegalStateException("boom");
                })
            .onSuccess(r -> events.add("success"))
            .onFailure(e -> events.add("failure " + e.getMessage()))
            .onFinished(() -> events.add("finished")));
    assertThat(events).containsExactly("failure boom", "finished");
  }

  @Test
  void rethrowsFailuresNobodyHandlesSoATestCannotMissThem() {
    assertThatThrownBy(
            () ->
                executor.execute(
                    BackgroundTask.run(
                        "fails",
                        ctx -> {
                          throw new IOException("disk");
                        })))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("disk");
  }

  @Test
  void workThatStopsItselfCountsAsCancelled() {
    executor.execute(
        BackgroundTask.of(
                "stops",
                ctx -> {
                  throw new CancellationException();
                })
            .onSuccess(r -> events.add("success"))
            .onCancelled(() -> events.add("cancelled"))
            .onFinished(() -> events.add("finished")));
    assertThat(events).containsExactly("cancelled", "finished");
  }

  @Test
  void aFailingSuccessHandlerIsReportedNotLost() {
    assertThatThrownBy(
            () ->
                executor.execute(
                    BackgroundTask.of("ok", ctx -> 1)
                        .onSuccess(
                            r -> {
                              throw new IllegalArgumentException("bug in handler");
                            })))
        .hasMessage("bug in handler");
  }
}
