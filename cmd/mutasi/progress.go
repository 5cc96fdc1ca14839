package main

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/mutasi-id/mutasi/internal/i18n"
	"github.com/mutasi-id/mutasi/internal/pipeline"
)

// progressDelay is how long a run goes before its progress is shown: a
// short run prints nothing.
const progressDelay = 2 * time.Second

// progress shows on stderr, while a run is long and stderr is a terminal,
// what it is doing: the command's task (a scenario, a sweep's value), the
// pipeline's stage, and a bar while the solve places officials. Nothing is
// shown when stderr is a file or a pipe, or with --quiet. A nil *progress
// shows nothing.
type progress struct {
	w     io.Writer
	lang  i18n.Lang
	delay time.Duration
	start time.Time

	mu    sync.Mutex
	task  string
	ev    pipeline.Event
	bar   *progressbar.ProgressBar
	shown string // the description of bar, "" for none
	total int    // bar's length, −1 for a spinner
	quit  chan struct{}
	done  chan struct{}
	once  sync.Once
}

// newProgress returns the progress of a run on e's stderr, nil when it must
// stay silent (quiet, or stderr is not a terminal).
func newProgress(e *env, quiet bool) *progress {
	f, ok := e.stderr.(*os.File)
	if quiet || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return startProgressOn(f, e.lang, progressDelay)
}

// startProgressOn starts showing progress on w in l after delay.
func startProgressOn(w io.Writer, l i18n.Lang, delay time.Duration) *progress {
	p := &progress{w: w, lang: l, delay: delay, start: time.Now(), quit: make(chan struct{}), done: make(chan struct{})}
	go p.run()
	return p
}

// run redraws the progress every tenth of a second once the delay is over.
func (p *progress) run() {
	defer close(p.done)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-tick.C:
			if time.Since(p.start) >= p.delay {
				p.draw()
			}
		}
	}
}

// Task says what the run does now ("menyusun rencana", a scenario, …),
// rendered in the run's language.
func (p *progress) Task(task string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.task, p.ev = task, pipeline.Event{Stage: -1}
}

// Event is the pipeline's progress hook (pipeline.Options.Progress).
func (p *progress) Event(ev pipeline.Event) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ev = ev
}

// hook returns the pipeline's progress hook, nil for a nil progress.
func (p *progress) hook() func(pipeline.Event) {
	if p == nil {
		return nil
	}
	return p.Event
}

// stageWords says in l what a stage of the pipeline does.
func stageWords(s pipeline.Stage, l i18n.Lang) string {
	switch s {
	case pipeline.StageRules:
		return l.T(i18n.CLIStageRules)
	case pipeline.StageScore:
		return l.T(i18n.CLIStageScore)
	case pipeline.StageSolve:
		return l.T(i18n.CLIStageSolve)
	case pipeline.StageTies:
		return l.T(i18n.CLIStageTies)
	case pipeline.StagePlan:
		return l.T(i18n.CLIStagePlan)
	}
	return ""
}

// draw shows the current task and stage: a bar while the solve counts its
// augmenting paths, a spinner otherwise.
func (p *progress) draw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	desc := p.task
	if w := stageWords(p.ev.Stage, p.lang); w != "" {
		if desc != "" {
			desc += ": "
		}
		desc += w
	}
	total := -1
	if p.ev.Stage == pipeline.StageSolve && p.ev.Total > 0 {
		total = p.ev.Total
	}
	if p.bar == nil || desc != p.shown || total != p.total {
		if p.bar != nil {
			p.bar.Clear()
		}
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(desc),
			progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(100 * time.Millisecond),
			progressbar.OptionClearOnFinish(),
			// The spinner turns on draw's ticks, not on a goroutine of
			// its own that only a finished bar stops.
			progressbar.OptionSetSpinnerChangeInterval(0),
			progressbar.OptionSetRenderBlankState(true),
		}
		if total > 0 {
			// The augmenting paths, done/total; a spinner counts nothing.
			opts = append(opts, progressbar.OptionShowCount())
		} else {
			opts = append(opts, progressbar.OptionSetElapsedTime(false))
		}
		p.bar = progressbar.NewOptions(total, opts...)
		p.shown, p.total = desc, total
	}
	if total > 0 {
		p.bar.Set(p.ev.Done)
	} else {
		p.bar.Add(1)
	}
}

// Close stops the progress and clears its line; later calls do nothing.
func (p *progress) Close() {
	if p == nil {
		return
	}
	p.once.Do(func() {
		close(p.quit)
		<-p.done
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.bar != nil {
			p.bar.Clear()
			p.bar = nil
		}
	})
}
