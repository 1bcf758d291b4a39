/* The host's save areas for sealed guest contexts (docs/SEALING.md): one
 * SEAL_ALIGN (256-byte) area a VMID, where the VM exit that ends a run
 * writes the guest's sealed context (SEAL_BLOB_BYTES) and the next
 * l.vmenter of that VM reads it back. SPR_VMSAVE must name the VM's area
 * before each l.vmenter (it resets to 0xffffffff, which every entry
 * refuses with VMENTER_ERR_SAVE_AREA); the exit writes where the entry
 * found it (latched), and the register keeps its value until the host
 * writes it again.
 *
 * The areas, vm_save_areas[VMID & VM_SAVE_MASK] (runtime/vmsave.c), are a
 * section of their own (.vmsave, runtime/link.ld): NOLOAD (the loader
 * writes nothing there) and outside .bss (crt0 clears nothing there),
 * 2 KiB-aligned and 2 KiB long, so no other variable shares a cache line
 * with them. The sealing engine moves blobs past the caches, so the host
 * must never hold a D-cache line of them: nothing writes or reads them
 * through the cache; a program that looks at a blob uses vm_save_blob(),
 * the uncached alias (UNCACHED_ADDR_MASK) of the area.
 *
 * C: vm_save_area(vmid), set_save_area(vmid), vm_save_blob(vmid).
 * Assembly: SET_SAVE_AREA vmid, t1, t2 (SPR_VMSAVE = vmid's area; t1, t2
 * scratch, no flag changed); in C's inline assembly SET_SAVE_AREA_ASM. */
#ifndef VMSP_VMSAVE_H
#define VMSP_VMSAVE_H

#include "or1k.h"

#define VM_SAVE_SLOTS 8                 /* VMIDs 0..VM_SLOTS (0 is never entered) */
#define VM_SAVE_MASK (VM_SAVE_SLOTS - 1) /* an out-of-range VMID (refused anyway) uses some area */
#define VM_SAVE_SHIFT 8                 /* log2(SEAL_ALIGN): an area a VMID */
#define VM_SAVE_BYTES (VM_SAVE_SLOTS << VM_SAVE_SHIFT)

#ifdef __ASSEMBLER__

/* SPR_VMSAVE = vm_save_areas + (vmid & VM_SAVE_MASK) * SEAL_ALIGN; the
 * table is VM_SAVE_BYTES-aligned, so an l.or adds (the flags stay). */
.macro SET_SAVE_AREA vmid, t1, t2
    l.andi  \t1, \vmid, VM_SAVE_MASK
    l.slli  \t1, \t1, VM_SAVE_SHIFT
    l.movhi \t2, hi(vm_save_areas)
    l.ori   \t2, \t2, lo(vm_save_areas)
    l.or    \t1, \t1, \t2
    l.mtspr r0, \t1, SPR_VMSAVE
.endm

#else

#include <stdint.h>

_Static_assert(VM_SLOTS < VM_SAVE_SLOTS && (1u << VM_SAVE_SHIFT) == SEAL_ALIGN && SEAL_BLOB_BYTES <= SEAL_ALIGN,
               "an area a VMID, each SEAL_ALIGN bytes");

extern uint8_t vm_save_areas[VM_SAVE_SLOTS][SEAL_ALIGN];

/* SET_SAVE_AREA for inline assembly: register names as strings, e.g.
 * SET_SAVE_AREA_ASM("r3", "r13", "r15") */
#define SET_SAVE_AREA_ASM(vmid, t1, t2)                                                            \
    "  l.andi  " t1 ", " vmid ", " STR(VM_SAVE_MASK) "\n"                                          \
    "  l.slli  " t1 ", " t1 ", " STR(VM_SAVE_SHIFT) "\n"                                           \
    "  l.movhi " t2 ", hi(vm_save_areas)\n"                                                       \
    "  l.ori   " t2 ", " t2 ", lo(vm_save_areas)\n"                                               \
    "  l.or    " t1 ", " t1 ", " t2 "\n"                                                          \
    "  l.mtspr r0, " t1 ", " STR(SPR_VMSAVE) "\n"

/* VM vmid's save area (a host physical address, cacheable view) */
static inline uint32_t vm_save_area(uint32_t vmid) { return (uint32_t)vm_save_areas[vmid & VM_SAVE_MASK]; }

/* SPR_VMSAVE = VM vmid's save area: before each l.vmenter of that VM */
static inline void set_save_area(uint32_t vmid) { mtspr(SPR_VMSAVE, vm_save_area(vmid)); }

/* VM vmid's blob, through the uncached alias (the only way to read or
 * change it: the engine does not see the D-cache) */
static inline volatile uint32_t *vm_save_blob(uint32_t vmid)
{
    return (volatile uint32_t *)(vm_save_area(vmid) | UNCACHED_ADDR_MASK);
}

#endif /* __ASSEMBLER__ */
#endif /* VMSP_VMSAVE_H */
