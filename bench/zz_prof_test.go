package bench

import (
	"context"
	"os"
	"strconv"
	"testing"
)

func TestZZProfSparse(t *testing.T) {
	o, _ := strconv.Atoi(os.Getenv("ZZO"))
	p, _ := strconv.Atoi(os.Getenv("ZZP"))
	if o == 0 {
		t.Skip()
	}
	r := genMust(t, Config{Officials: o, Positions: p, Seed: 1})
	run, err := MeasureSparse(context.Background(), r, genDate, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(run)
}
