//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/internal/serve"
	"github.com/mutasi-id/mutasi/internal/serve/servetest"
)

// The bomb tests measure a refusal as the user meets it: a fresh process
// (this test binary run again) reads the bomb through "mutasi validate
// --roster" or uploads it to the page's handler, and the parent measures
// its wall time and its peak resident memory (getrusage's maxrss, which
// includes the process's own baseline of about 20 MB). A watchdog kills a
// child that goes past bombKillMB or bombKillTime, so that a regression
// fails the test instead of exhausting the machine.
//
// The test bounds the child's CPU time, not its wall time: on a shared
// machine the wall time of a short process varies with the load, while a
// regression to parsing the bomb costs tens of seconds of CPU. The target
// of a refusal in under a second of wall time lives in BenchmarkBombRefusal
// and bench/README.md.
const (
	bombMaxCPU   = 2 * time.Second
	bombMaxMB    = 200
	bombKillMB   = 1024
	bombKillTime = 20 * time.Second
)

// bombChildEnv tells the test binary to act as the child: "cli FILE" or
// "serve FILE".
const bombChildEnv = "MUTASI_BOMB_CHILD"

// TestBombChild is the child's body; it does nothing in a normal run.
func TestBombChild(t *testing.T) {
	spec := os.Getenv(bombChildEnv)
	if spec == "" {
		t.Skip("run by TestWorkbookBombsRefused")
	}
	mode, file, _ := strings.Cut(spec, " ")
	switch mode {
	case "cli":
		var errb bytes.Buffer
		code := run([]string{"validate", "--roster", file}, nil, io.Discard, &errb)
		fmt.Printf("exit=%d\n%s", code, errb.String())
	case "serve":
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		h := serveTestApp(t, "127.0.0.1", "")
		sess := servetest.NewSession[serve.State](t, h).Session
		w, _ := servetest.Load[serve.State](t, h, sess, [][2]string{{"workbook", "bomb.xlsx|" + string(data)}})
		fmt.Printf("status=%d\n%s", w.Code, w.Body.String())
	}
	os.Exit(0)
}

// bombRun runs the child on file and returns its output, wall and CPU time
// and peak resident memory in MB.
func bombRun(t *testing.T, mode, file string) (out string, wall, cpu time.Duration, peakMB float64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), bombKillTime)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestBombChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), bombChildEnv+"="+mode+" "+file, "GOMAXPROCS=2")
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stdout
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := make(chan string, 1)
	go func() {
		status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
		for ctx.Err() == nil {
			b, err := os.ReadFile(status)
			if err != nil {
				return
			}
			for _, line := range strings.Split(string(b), "\n") {
				if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
					n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")))
					if n > bombKillMB<<10 {
						killed <- fmt.Sprintf("killed at %d MB resident", n>>10)
						cmd.Process.Kill()
						return
					}
				}
			}
			time.Sleep(5 * time.Millisecond)
		}
	}()
	err := cmd.Wait()
	wall = time.Since(start)
	cancel()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peakMB = float64(ru.Maxrss) / 1024
		cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	select {
	case why := <-killed:
		t.Fatalf("%s %s: %s after %v", mode, filepath.Base(file), why, wall.Round(time.Millisecond))
	default:
	}
	if err != nil {
		t.Fatalf("%s %s: %v after %v (killed past %v?)\n%s", mode, filepath.Base(file), err, wall.Round(time.Millisecond), bombKillTime, stdout.String())
	}
	return stdout.String(), wall, cpu, peakMB
}

// TestWorkbookBombsRefused builds each bomb shape and checks that the CLI
// refuses it with exit 2 and the page with 413, each in under two seconds
// of CPU and 200 MB, in a process of its own.
func TestWorkbookBombsRefused(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's own memory and time would be measured")
	}
	dir := t.TempDir()
	for _, shape := range bombShapes {
		file := filepath.Join(dir, shape+".xlsx")
		data := bombWorkbook(t, shape)
		if err := os.WriteFile(file, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ mode, want string }{
			{"cli", "exit=2\n"},
			{"serve", "status=" + strconv.Itoa(http.StatusRequestEntityTooLarge) + "\n"},
		} {
			out, wall, cpu, mb := bombRun(t, c.mode, file)
			t.Logf("%s %s (%d KB): %v wall, %v CPU, %.0f MB peak resident\n%s", c.mode, shape, len(data)>>10, wall.Round(time.Millisecond), cpu.Round(time.Millisecond), mb, out)
			if !strings.HasPrefix(out, c.want) {
				t.Errorf("%s %s: got %q, want %q first", c.mode, shape, out, c.want)
			}
			if cpu > bombMaxCPU || mb > bombMaxMB {
				t.Errorf("%s %s: %v of CPU and %.0f MB, want under %v and %d MB", c.mode, shape, cpu.Round(time.Millisecond), mb, bombMaxCPU, bombMaxMB)
			}
		}
	}
	if left, _ := filepath.Glob(filepath.Join(os.TempDir(), "excelize-*")); len(left) > 0 {
		t.Errorf("temporary files written: %v", left)
	}
}
