/* The host's save areas for sealed guest contexts (include/vmsave.h,
 * docs/SEALING.md): in the library, so only a program that enters guests
 * links them. Section .vmsave is NOLOAD and outside .bss (runtime/link.ld):
 * neither the loader nor crt0 writes it, and no code touches it through
 * the cache; only the sealing engine and uncached accesses do. */
#include "vmsave.h"

uint8_t vm_save_areas[VM_SAVE_SLOTS][SEAL_ALIGN] __attribute__((section(".vmsave"), aligned(VM_SAVE_BYTES)));
