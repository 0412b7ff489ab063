"""Exercise answer: object sizes. The default build's figures are measured; the
free-threaded ones are computed from the header in Include/object.h (a model)."""
import sys

FT_HEADER = 32        # ob_tid 8, ob_flags 2, ob_mutex 1, ob_gc_bits 1, ob_ref_local 4,
                      # ob_ref_shared 8, ob_type 8
DEFAULT_HEADER = object.__basicsize__
GC_PREHEADER = 16     # default build only: the free-threaded build has no PyGC_Head

# --8<-- [start:main]
none_default = sys.getsizeof(None)
print("None, default build (measured):", none_default)
print("None, free-threaded (model):", none_default - DEFAULT_HEADER + FT_HEADER)

lst_default = sys.getsizeof([])
list_fields = list.__basicsize__ - DEFAULT_HEADER   # ob_size, ob_item, allocated
print("[], default build (measured):", lst_default)
print("[], free-threaded (model):", FT_HEADER + list_fields,
      "= header", FT_HEADER, "+ fields", list_fields, "+ no GC pre-header")
# --8<-- [end:main]
