"""OnRecord's audio engine: devices, crash-safe recording, marks, watchdog and recovery.

Never imports Qt or SQLAlchemy. The store/CLI side uses:

- :func:`list_devices`, :func:`resolve_device` → :class:`InputSource` (``.spec(role)``)
- :class:`RecorderClient` (recorder in its own process) or :class:`Recorder` (in-process)
- :func:`recover_recording`, :func:`find_interrupted`
- :func:`file_sha256`, :func:`pcm_sha256`, :func:`flac_copy`, :func:`repair_wav`,
  :func:`read_peaks`
"""

from .devices import InputSource, list_devices, reinit_portaudio, resolve_device
from .flac import FlacVerificationError, flac_copy
from .hashing import file_sha256, pcm_sha256
from .peaks import Peaks, read_peaks
from .process import RecorderClient
from .recorder import Recorder
from .recovery import (
    discard_never_started,
    find_interrupted,
    is_being_recorded,
    recover_recording,
)
from .types import (
    AudioError,
    AudioWarning,
    ChannelLevel,
    DeviceNotFoundError,
    MarkAck,
    MarkRecord,
    RecorderConfig,
    RecorderError,
    RecorderStatus,
    RecordingResult,
    SegmentInfo,
    SourceSpec,
)
from .wavfile import repair_wav

__all__ = [
    "AudioError",
    "AudioWarning",
    "ChannelLevel",
    "DeviceNotFoundError",
    "FlacVerificationError",
    "InputSource",
    "MarkAck",
    "MarkRecord",
    "Peaks",
    "Recorder",
    "RecorderClient",
    "RecorderConfig",
    "RecorderError",
    "RecorderStatus",
    "RecordingResult",
    "SegmentInfo",
    "SourceSpec",
    "discard_never_started",
    "file_sha256",
    "find_interrupted",
    "flac_copy",
    "is_being_recorded",
    "list_devices",
    "pcm_sha256",
    "read_peaks",
    "recover_recording",
    "reinit_portaudio",
    "repair_wav",
    "resolve_device",
]
