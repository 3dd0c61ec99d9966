/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "first-frame"

/* An LD_PRELOAD probe for the benchmark suite: it waits for the first window
 * a program presents, and on the first "after-paint" of that window's frame
 * clock prints how long the process took to get there, then ends it with
 * _exit (0). The program under test is not changed.
 *
 * Two clocks, both CLOCK_MONOTONIC:
 *   exec_ms — since SP_BENCH_T0_NS, the time the runner read just before
 *             it started the program (so it includes exec and dynamic
 *             linking); "nan" when the variable is not set;
 *   ctor_ms — since this library's constructor ran (after the libraries
 *             were loaded, before main);
 *   present_ms — from the constructor to the moment the program presented
 *             the window (its set-up), the rest being layout and paint.
 * The line goes to the file named by SP_BENCH_OUT, or to stderr:
 *   first-frame exec_ms=123.4 ctor_ms=110.2 present_ms=70.1
 *     maxrss_kb=65432 cpu_ms=98.7 renderer=GskGLRenderer (on one line)
 *
 * The window is caught where the program hands it to GTK: the probe stands
 * in for gtk_window_present (), which application code calls through the
 * PLT, so the preloaded definition wins. */

#include "config.h"

#include <gtk/gtk.h>

#include <dlfcn.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

void gtk_window_present (GtkWindow *window);

static gint64 ctor_ns;
static gint64 present_ns;
static GtkWindow *first_window;

static gint64
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec;
}

__attribute__((constructor)) static void
first_frame_init (void)
{
  ctor_ns = now_ns ();
}

static void
report_and_exit (void)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (first_window));
  const char *t0_env = g_getenv ("SP_BENCH_T0_NS");
  const char *out = g_getenv ("SP_BENCH_OUT");
  gint64 now = now_ns ();
  double exec_ms = NAN;
  struct rusage usage;
  char line[256];
  int fd = STDERR_FILENO;
  int len;

  if (t0_env != NULL)
    exec_ms = (now - g_ascii_strtoll (t0_env, NULL, 10)) / 1e6;
  getrusage (RUSAGE_SELF, &usage);

  len = snprintf (line, sizeof line,
                  "first-frame exec_ms=%.3f ctor_ms=%.3f present_ms=%.3f maxrss_kb=%ld"
                  " cpu_ms=%.3f renderer=%s\n",
                  exec_ms, (now - ctor_ns) / 1e6, (present_ns - ctor_ns) / 1e6,
                  usage.ru_maxrss,
                  usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
                  usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3,
                  renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none");
  if (out != NULL)
    fd = open (out, O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd >= 0 && write (fd, line, (size_t) len) < 0)
    fd = -1;

  _exit (fd >= 0 ? 0 : 1);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  report_and_exit ();
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *) = NULL;
  GdkSurface *surface;

  if (first_window == NULL)
    present_ns = now_ns ();
  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");

  real_present (window);

  if (first_window != NULL)
    return;

  /* Presenting realizes the window, so its surface and clock exist now. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (surface == NULL)
    return;

  first_window = window;
  g_signal_connect (gdk_surface_get_frame_clock (surface), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
}
