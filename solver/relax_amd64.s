#include "textflag.h"

// func hasAVX2() bool
TEXT ·hasAVX2(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	// OSXSAVE (bit 27) and AVX (bit 28) of ECX.
	ANDL $0x18000000, CX
	CMPL CX, $0x18000000
	JNE  no
	// The OS saves the XMM and YMM state (XCR0 bits 1 and 2).
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE  no
	// AVX2: CPUID leaf 7, EBX bit 5.
	MOVL $7, AX
	XORL CX, CX
	CPUID
	ANDL $0x20, BX
	JZ   no
	MOVB $1, ret+0(FP)
	RET

no:
	MOVB $0, ret+0(FP)
	RET

// func relaxAVX2(ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int
//
// Four columns at a time: h = ri − v − u1 and d' = min(h, d), d kept when
// it is NaN; stop before any group with a lane d' ≤ dmin (returning its
// index, nothing stored for it); otherwise d = d' and pred = i where h < d.
// Returns the number of columns processed: a multiple of 4, at most len(d).
TEXT ·relaxAVX2(SB), NOSPLIT, $0-128
	MOVQ ri_base+0(FP), SI
	MOVQ v_base+24(FP), DI
	MOVQ d_base+48(FP), R8
	MOVQ d_len+56(FP), CX
	MOVQ pred_base+72(FP), R9
	VBROADCASTSD u1+96(FP), Y0
	VBROADCASTSD dmin+104(FP), Y1
	MOVL i+112(FP), AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	XORQ BX, BX
	MOVQ CX, DX
	SUBQ $8, DX
	SUBQ $4, CX

	// Eight columns per iteration while at least eight remain and no
	// lane of the eight is an event; the four-column loop below finishes
	// the tail and stops at the first group with an event.
loop8:
	CMPQ BX, DX
	JGT  loop
	VMOVUPD (SI)(BX*8), Y3
	VMOVUPD 32(SI)(BX*8), Y4
	VSUBPD  (DI)(BX*8), Y3, Y3
	VSUBPD  32(DI)(BX*8), Y4, Y4
	VSUBPD  Y0, Y3, Y3
	VSUBPD  Y0, Y4, Y4
	VMOVUPD (R8)(BX*8), Y6
	VMOVUPD 32(R8)(BX*8), Y12
	VMINPD  Y6, Y3, Y8
	VMINPD  Y12, Y4, Y13
	VCMPPD  $2, Y1, Y8, Y5
	VCMPPD  $2, Y1, Y13, Y14
	VORPD   Y5, Y14, Y14
	VMOVMSKPD Y14, AX
	TESTL   AX, AX
	JNZ     loop
	VCMPPD  $1, Y6, Y3, Y7
	VCMPPD  $1, Y12, Y4, Y15
	VMOVUPD Y8, (R8)(BX*8)
	VMOVUPD Y13, 32(R8)(BX*8)
	VEXTRACTF128 $1, Y7, X9
	VSHUFPS $0x88, X9, X7, X10
	VEXTRACTF128 $1, Y15, X9
	VSHUFPS $0x88, X9, X15, X11
	VINSERTF128 $1, X11, Y10, Y10 // the eight 64-bit masks as 32-bit masks
	VMOVDQU (R9)(BX*4), Y11
	VBLENDVPS Y10, Y2, Y11, Y11
	VMOVDQU Y11, (R9)(BX*4)
	ADDQ    $8, BX
	JMP     loop8

loop:
	CMPQ BX, CX
	JGT  done
	VMOVUPD (SI)(BX*8), Y3
	VSUBPD  (DI)(BX*8), Y3, Y3
	VSUBPD  Y0, Y3, Y3
	VMOVUPD (R8)(BX*8), Y6
	VMINPD  Y6, Y3, Y8     // h < d ? h : d (d when either is NaN)
	VCMPPD  $2, Y1, Y8, Y5 // new d <= dmin: false for collected (NaN) columns
	VMOVMSKPD Y5, AX
	TESTL   AX, AX
	JNZ     done
	VCMPPD  $1, Y6, Y3, Y7 // h < d
	VMOVUPD Y8, (R8)(BX*8)
	VEXTRACTF128 $1, Y7, X9
	VSHUFPS $0x88, X9, X7, X10 // the four 64-bit masks as 32-bit masks
	VMOVDQU (R9)(BX*4), X11
	VBLENDVPS X10, X2, X11, X11
	VMOVDQU X11, (R9)(BX*4)
	ADDQ    $4, BX
	JMP     loop

done:
	VZEROUPPER
	MOVQ BX, ret+120(FP)
	RET

// func relaxAVX2F32(ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int
//
// relaxAVX2 with float32 costs.
TEXT ·relaxAVX2F32(SB), NOSPLIT, $0-128
	MOVQ ri_base+0(FP), SI
	MOVQ v_base+24(FP), DI
	MOVQ d_base+48(FP), R8
	MOVQ d_len+56(FP), CX
	MOVQ pred_base+72(FP), R9
	VBROADCASTSD u1+96(FP), Y0
	VBROADCASTSD dmin+104(FP), Y1
	MOVL i+112(FP), AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	XORQ BX, BX
	MOVQ CX, DX
	SUBQ $8, DX
	SUBQ $4, CX

	// Eight columns per iteration while at least eight remain and no
	// lane of the eight is an event; the four-column loop below finishes
	// the tail and stops at the first group with an event.
loop832:
	CMPQ BX, DX
	JGT  loop32
	VCVTPS2PD (SI)(BX*4), Y3
	VCVTPS2PD 16(SI)(BX*4), Y4
	VSUBPD  (DI)(BX*8), Y3, Y3
	VSUBPD  32(DI)(BX*8), Y4, Y4
	VSUBPD  Y0, Y3, Y3
	VSUBPD  Y0, Y4, Y4
	VMOVUPD (R8)(BX*8), Y6
	VMOVUPD 32(R8)(BX*8), Y12
	VMINPD  Y6, Y3, Y8
	VMINPD  Y12, Y4, Y13
	VCMPPD  $2, Y1, Y8, Y5
	VCMPPD  $2, Y1, Y13, Y14
	VORPD   Y5, Y14, Y14
	VMOVMSKPD Y14, AX
	TESTL   AX, AX
	JNZ     loop32
	VCMPPD  $1, Y6, Y3, Y7
	VCMPPD  $1, Y12, Y4, Y15
	VMOVUPD Y8, (R8)(BX*8)
	VMOVUPD Y13, 32(R8)(BX*8)
	VEXTRACTF128 $1, Y7, X9
	VSHUFPS $0x88, X9, X7, X10
	VEXTRACTF128 $1, Y15, X9
	VSHUFPS $0x88, X9, X15, X11
	VINSERTF128 $1, X11, Y10, Y10 // the eight 64-bit masks as 32-bit masks
	VMOVDQU (R9)(BX*4), Y11
	VBLENDVPS Y10, Y2, Y11, Y11
	VMOVDQU Y11, (R9)(BX*4)
	ADDQ    $8, BX
	JMP     loop832

loop32:
	CMPQ BX, CX
	JGT  done32
	VCVTPS2PD (SI)(BX*4), Y3 // four float32 costs, widened exactly
	VSUBPD  (DI)(BX*8), Y3, Y3
	VSUBPD  Y0, Y3, Y3
	VMOVUPD (R8)(BX*8), Y6
	VMINPD  Y6, Y3, Y8     // h < d ? h : d (d when either is NaN)
	VCMPPD  $2, Y1, Y8, Y5 // new d <= dmin: false for collected (NaN) columns
	VMOVMSKPD Y5, AX
	TESTL   AX, AX
	JNZ     done32
	VCMPPD  $1, Y6, Y3, Y7 // h < d
	VMOVUPD Y8, (R8)(BX*8)
	VEXTRACTF128 $1, Y7, X9
	VSHUFPS $0x88, X9, X7, X10 // the four 64-bit masks as 32-bit masks
	VMOVDQU (R9)(BX*4), X11
	VBLENDVPS X10, X2, X11, X11
	VMOVDQU X11, (R9)(BX*4)
	ADDQ    $4, BX
	JMP     loop32

done32:
	VZEROUPPER
	MOVQ BX, ret+120(FP)
	RET

// func hasAVX512() bool
//
// AVX-512 F and VL (CPUID leaf 7, EBX bits 16 and 31) with the OS saving
// the opmask and ZMM state (XCR0 bits 1, 2, 5, 6, 7).
TEXT ·hasAVX512(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x08000000, CX // OSXSAVE
	JZ   no512
	XORL CX, CX
	XGETBV
	ANDL $0xe6, AX
	CMPL AX, $0xe6
	JNE  no512
	MOVL $7, AX
	XORL CX, CX
	CPUID
	ANDL $0x80010000, BX
	CMPL BX, $0x80010000
	JNE  no512
	MOVB $1, ret+0(FP)
	RET

no512:
	MOVB $0, ret+0(FP)
	RET

// func relaxAVX512(ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int
//
// relaxAVX2 eight columns at a time in one ZMM register, with the masks in
// opmask registers: h < d selects the lanes whose pred is stored (a masked
// store: no blend and no narrowing of the mask), and an event is a lane
// whose d' = min(h, d) is ≤ dmin. Stops before the first group of eight with
// an event; returns the number of columns done, a multiple of 8.
TEXT ·relaxAVX512(SB), NOSPLIT, $0-128
	MOVQ ri_base+0(FP), SI
	MOVQ v_base+24(FP), DI
	MOVQ d_base+48(FP), R8
	MOVQ d_len+56(FP), CX
	MOVQ pred_base+72(FP), R9
	VBROADCASTSD u1+96(FP), Z0
	VBROADCASTSD dmin+104(FP), Z1
	MOVL i+112(FP), AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	XORQ BX, BX
	SUBQ $8, CX

loop512:
	CMPQ BX, CX
	JGT  done512
	VMOVUPD (SI)(BX*8), Z3
	VSUBPD  (DI)(BX*8), Z3, Z3
	VSUBPD  Z0, Z3, Z3
	VMOVUPD (R8)(BX*8), Z6
	VCMPPD  $1, Z6, Z3, K1 // h < d: false where d is NaN
	VMINPD  Z6, Z3, Z4     // d' = min(h, d), d when either is NaN
	VCMPPD  $2, Z1, Z4, K2 // d' <= dmin: an event
	KORTESTB K2, K2
	JNZ     done512
	VMOVUPD Z4, (R8)(BX*8)
	VMOVDQU32 Y2, K1, (R9)(BX*4)
	ADDQ    $8, BX
	JMP     loop512

done512:
	VZEROUPPER
	MOVQ BX, ret+120(FP)
	RET

// func relaxAVX512F32(ri []float32, v, d []float64, pred []int32, u1, dmin float64, i int32) int
//
// relaxAVX512 with float32 costs, widened exactly.
TEXT ·relaxAVX512F32(SB), NOSPLIT, $0-128
	MOVQ ri_base+0(FP), SI
	MOVQ v_base+24(FP), DI
	MOVQ d_base+48(FP), R8
	MOVQ d_len+56(FP), CX
	MOVQ pred_base+72(FP), R9
	VBROADCASTSD u1+96(FP), Z0
	VBROADCASTSD dmin+104(FP), Z1
	MOVL i+112(FP), AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	XORQ BX, BX
	SUBQ $8, CX

loop512f:
	CMPQ BX, CX
	JGT  done512f
	VCVTPS2PD (SI)(BX*4), Z3
	VSUBPD  (DI)(BX*8), Z3, Z3
	VSUBPD  Z0, Z3, Z3
	VMOVUPD (R8)(BX*8), Z6
	VCMPPD  $1, Z6, Z3, K1 // h < d: false where d is NaN
	VMINPD  Z6, Z3, Z4     // d' = min(h, d), d when either is NaN
	VCMPPD  $2, Z1, Z4, K2 // d' <= dmin: an event
	KORTESTB K2, K2
	JNZ     done512f
	VMOVUPD Z4, (R8)(BX*8)
	VMOVDQU32 Y2, K1, (R9)(BX*4)
	ADDQ    $8, BX
	JMP     loop512f

done512f:
	VZEROUPPER
	MOVQ BX, ret+120(FP)
	RET

// func relaxAVX512Lower(lb []float32, ri, v, d []float64, pred []int32, u1, dmin float64, i int32) int
//
// relaxAVX512 reading lower bounds first: lb[j] ≤ ri[j], so in a group of
// eight where no bound gives h < d and no d is ≤ dmin relaxAVX512 would
// change nothing, and only the other groups read ri, the exact costs, and
// run relaxAVX512's steps. Stops before the first group of eight with an
// event; returns the number of columns done, a multiple of 8.
TEXT ·relaxAVX512Lower(SB), NOSPLIT, $0-152
	MOVQ lb_base+0(FP), SI
	MOVQ ri_base+24(FP), DX
	MOVQ v_base+48(FP), DI
	MOVQ d_base+72(FP), R8
	MOVQ d_len+80(FP), CX
	MOVQ pred_base+96(FP), R9
	VBROADCASTSD u1+120(FP), Z0
	VBROADCASTSD dmin+128(FP), Z1
	MOVL i+136(FP), AX
	VMOVD AX, X2
	VPBROADCASTD X2, Y2
	XORQ BX, BX
	SUBQ $8, CX

looplb:
	CMPQ BX, CX
	JGT  donelb
	VCVTPS2PD (SI)(BX*4), Z3 // the bounds, widened exactly
	VMOVUPD (DI)(BX*8), Z5
	VSUBPD  Z5, Z3, Z3
	VSUBPD  Z0, Z3, Z3
	VMOVUPD (R8)(BX*8), Z6
	VCMPPD  $1, Z6, Z3, K1 // the bound's h < d: may improve (false where d is NaN)
	VCMPPD  $2, Z1, Z6, K4 // d <= dmin
	KORTESTB K1, K4
	JNZ     exactlb

nextlb:
	ADDQ $8, BX
	JMP  looplb

exactlb:
	VMOVUPD (DX)(BX*8), Z3 // relaxAVX512's steps on the exact costs
	VSUBPD  Z5, Z3, Z3
	VSUBPD  Z0, Z3, Z3
	VCMPPD  $1, Z6, Z3, K1
	VMINPD  Z6, Z3, Z4
	VCMPPD  $2, Z1, Z4, K2
	KORTESTB K2, K2
	JNZ     donelb
	VMOVUPD Z4, (R8)(BX*8)
	VMOVDQU32 Y2, K1, (R9)(BX*4)
	JMP     nextlb

donelb:
	VZEROUPPER
	MOVQ BX, ret+144(FP)
	RET
