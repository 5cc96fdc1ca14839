//go:build unix

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestHardenOutputMode: a new output file follows the umask, a replaced
// one keeps its mode (the lampiran holds NIPs and names).
func TestHardenOutputMode(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		umask    int
		existing os.FileMode // 0: no file yet
		want     os.FileMode
	}{
		{0o077, 0, 0o600},
		{0o022, 0, 0o644},
		{0o027, 0, 0o640},
		{0o022, 0o600, 0o600},
		{0o077, 0o640, 0o640},
	} {
		out := filepath.Join(dir, fmt.Sprintf("lampiran-%o-%o.csv", c.umask, c.existing))
		if c.existing != 0 {
			if err := os.WriteFile(out, []byte("old"), c.existing); err != nil {
				t.Fatal(err)
			}
			os.Chmod(out, c.existing)
		}
		old := syscall.Umask(c.umask)
		code, _, errs := runCapture(t, "", "solve", "--format", "csv", "--out", out)
		syscall.Umask(old)
		if code != exitOK {
			t.Fatalf("solve: exit %d: %s", code, errs)
		}
		st, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != c.want {
			t.Errorf("umask %03o, existing %v: mode %v, want %v", c.umask, c.existing, st.Mode().Perm(), c.want)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// outputChildEnv makes the test binary write an output that never ends, for
// TestHardenInterruptRemovesTemp to interrupt.
const outputChildEnv = "MUTASI_OUTPUT_CHILD"

// TestHardenOutputChild is the child's body; it does nothing in a normal run.
func TestHardenOutputChild(t *testing.T) {
	path := os.Getenv(outputChildEnv)
	if path == "" {
		t.Skip("run by TestHardenInterruptRemovesTemp")
	}
	e := &env{stdout: io.Discard, stderr: os.Stderr}
	writeOutput(e, path, func(w io.Writer) error {
		io.WriteString(w, "No,NIP,Nama\n1,197104242001061931,Contoh\n")
		fmt.Println("writing")
		select {} // interrupted here
	})
	os.Exit(0)
}

// TestHardenInterruptRemovesTemp interrupts a run while it writes --out:
// neither the temporary file nor the output is left behind, and the
// process ends by the signal.
func TestHardenInterruptRemovesTemp(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		dir := t.TempDir()
		out := filepath.Join(dir, "lampiran.csv")
		cmd := exec.Command(os.Args[0], "-test.run=^TestHardenOutputChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), outputChildEnv+"="+out)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		ready := make(chan bool, 1)
		go func() {
			sc := bufio.NewScanner(stdout)
			for sc.Scan() {
				if sc.Text() == "writing" {
					ready <- true
				}
			}
			close(ready)
		}()
		select {
		case ok := <-ready:
			if !ok {
				t.Fatal("the child ended before writing")
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatal("the child never started writing")
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".lampiran.csv.tmp*")); len(left) != 1 {
			t.Fatalf("while writing: %v, want one temporary file", left)
		}
		cmd.Process.Signal(sig)
		err = cmd.Wait()
		ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if err == nil || !(ws.Signaled() && ws.Signal() == sig || ws.ExitStatus() == exitInterrupted) {
			t.Errorf("%v: the child ended with %v, want the signal", sig, err)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) > 0 {
			t.Errorf("%v: left behind %v", sig, left)
		}
		if hidden, _ := filepath.Glob(filepath.Join(dir, ".*")); len(hidden) > 0 {
			t.Errorf("%v: left behind %v", sig, hidden)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serveRun runs "mutasi serve args" until it prints its URL (or exits), and
// returns the URL and a stop function that interrupts it (SIGINT, which the
// command handles once it serves) and returns its exit code.
func serveRun(t *testing.T, args ...string) (url string, exited bool, stop func() int) {
	t.Helper()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(append([]string{"serve"}, args...), nil, &out, &errb) }()
	re := regexp.MustCompile(`http://\S+`)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case code := <-done:
			return "", true, func() int { return code }
		default:
		}
		if u := re.FindString(out.String()); u != "" {
			return u, false, func() int {
				syscall.Kill(os.Getpid(), syscall.SIGINT)
				select {
				case code := <-done:
					return code
				case <-time.After(10 * time.Second):
					t.Fatal("serve did not stop on SIGINT")
					return -1
				}
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("serve printed no URL: %q %q", out.String(), errb.String())
	return "", false, nil
}

// TestHardenServeTokenByDefault: without --token, serve makes a random
// token and prints the URL with it; a request without it is refused.
func TestHardenServeTokenByDefault(t *testing.T) {
	url, exited, stop := serveRun(t, "--addr", "127.0.0.1:0")
	if exited {
		t.Fatalf("serve exited %d", stop())
	}
	stopped := false
	defer func() {
		if !stopped {
			stop()
		}
	}()
	m := regexp.MustCompile(`\?token=([0-9a-f]{32})$`).FindStringSubmatch(url)
	if m == nil {
		t.Fatalf("printed URL %q, want one with a random token", url)
	}
	bare := strings.TrimSuffix(url, m[0])
	for _, c := range []struct {
		url  string
		want int
	}{{url, http.StatusOK}, {bare, http.StatusUnauthorized}} {
		resp, err := http.Get(c.url)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.want {
			t.Errorf("GET %s: %d, want %d", c.url, resp.StatusCode, c.want)
		}
	}
	stopped = true
	if code := stop(); code != exitOK {
		t.Errorf("exit %d", code)
	}
}

// TestHardenServeShortToken: a token shorter than 16 characters is refused
// before the server starts.
func TestHardenServeShortToken(t *testing.T) {
	for _, tok := range []string{"x", "rapat-baperjakat"[:15]} {
		_, exited, stop := serveRun(t, "--addr", "127.0.0.1:0", "--token", tok)
		code := stop()
		if !exited || code != exitUsage {
			t.Errorf("--token %q: serving (exit %d after a stop), want exit 2 at once", tok, code)
		}
	}
}
