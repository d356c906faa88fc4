"""Recording a call into a case: the audio engine's recorder joined to the case file.

``onrecord.audio`` knows nothing of cases; ``onrecord.store`` knows nothing of audio. This
package starts a recording for a case, persists each acknowledged mark, stores the hashes when
the recording ends, and recovers recordings a crash interrupted.
"""

from .recovery import recover_interrupted
from .session import CallSession, start_call

__all__ = ["CallSession", "recover_interrupted", "start_call"]
