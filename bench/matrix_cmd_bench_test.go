//go:build unix

package bench_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/mutasi-id/mutasi/bench"
)

// BenchmarkMatrixCommand times what a user of "mutasi matrix" waits for: the
// whole process, from exec to exit, reading a 1500 × 1500 .npy file of each
// benchmark family (bench.Family, the seeds of BenchmarkSolve) and
// printing the assignment as JSON. It builds the binary once. Besides
// ns/op (wall time per run) it reports the child's CPU time per run, which
// varies less on a shared machine. bench/peers/matrix_process.py times the
// same command against SciPy's solve call on the same files.
func BenchmarkMatrixCommand(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "mutasi")
	build := exec.Command("go", "build", "-o", bin, "github.com/mutasi-id/mutasi/cmd/mutasi")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 1500
	for _, fam := range bench.Families() {
		path := filepath.Join(dir, fmt.Sprintf("%s_%dx%d.npy", fam, n, n))
		f, err := os.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := bench.WriteNPY(f, benchFamily(b, fam, n, n, uint64(7919*n))); err != nil {
			b.Fatal(err)
		}
		if err := f.Close(); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("family=%s/n=%d", fam, n), func(b *testing.B) {
			var cpu time.Duration
			runs := 0
			for b.Loop() {
				cmd := exec.Command(bin, "matrix", "--format", "json", path)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("%v\n%s", err, out)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					cpu += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
				}
				runs++
			}
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(runs), "cpu-ns/op")
		})
	}
}
