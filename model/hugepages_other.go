//go:build !linux

package model

// adviseHuge does nothing outside Linux (hugepages_linux.go).
func adviseHuge([]float64) {}
