"use client";

import { useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useRef, useState } from "react";

/** The parts of the Shape Detection API's BarcodeDetector this screen uses (not in TypeScript's DOM types). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options?: { formats?: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

/** Code 128 carries the tracking number under the label's barcode; the QR carries `TRACKING|ORDER`. */
const FORMATS = ["code_128", "qr_code"];

function barcodeDetector(): BarcodeDetectorClass | null {
  const candidate = (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector;
  return typeof candidate === "function" ? (candidate as BarcodeDetectorClass) : null;
}

type Notice = "noDetector" | "noCamera" | "cameraDenied";

/**
 * Reads a label's barcode or QR code with the phone's back camera, where the
 * browser can (BarcodeDetector and a camera); otherwise it says so, and the
 * typed field next to it does the job.
 */
export function CameraScanner({ onCode }: { onCode: (raw: string) => void }) {
  const t = useTranslations("operator.scan");
  const [scanning, setScanning] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const detectorRef = useRef<BarcodeDetectorLike | null>(null);

  function release() {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    if (videoRef.current) videoRef.current.srcObject = null;
  }

  function stop() {
    release();
    setScanning(false);
  }

  async function start() {
    const Detector = barcodeDetector();
    if (!Detector) return setNotice("noDetector");
    if (!navigator.mediaDevices?.getUserMedia) return setNotice("noCamera");
    setNotice(null);
    let formats = FORMATS;
    try {
      const supported = await Detector.getSupportedFormats?.();
      if (supported) formats = FORMATS.filter((format) => supported.includes(format));
    } catch {
      // keep asking for both
    }
    if (formats.length === 0) return setNotice("noDetector");
    try {
      streamRef.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
    } catch (error) {
      const denied = error instanceof DOMException && (error.name === "NotAllowedError" || error.name === "SecurityError");
      return setNotice(denied ? "cameraDenied" : "noCamera");
    }
    try {
      detectorRef.current = new Detector({ formats });
    } catch {
      release();
      return setNotice("noDetector");
    }
    setScanning(true);
  }

  const detected = useEffectEvent((raw: string) => {
    stop();
    onCode(raw);
  });

  // while the camera is on, look at a frame five times a second until a code is read
  useEffect(() => {
    const video = videoRef.current;
    const stream = streamRef.current;
    const detector = detectorRef.current;
    if (!scanning || !video || !stream || !detector) return;
    video.srcObject = stream;
    void video.play().catch(() => undefined);
    let cancelled = false;
    let timer = 0;
    const look = async () => {
      if (cancelled) return;
      try {
        if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
          const raw = (await detector.detect(video)).find((code) => code.rawValue)?.rawValue;
          if (raw && !cancelled) return detected(raw);
        }
      } catch {
        // a frame that could not be read: try the next one
      }
      if (!cancelled) timer = window.setTimeout(look, 200);
    };
    timer = window.setTimeout(look, 200);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [scanning]);

  // the camera goes off when the screen is left
  useEffect(
    () => () => {
      streamRef.current?.getTracks().forEach((track) => track.stop());
      streamRef.current = null;
    },
    [],
  );

  return (
    <div className="flex flex-col gap-2">
      {scanning ? (
        <button type="button" onClick={stop} className="min-h-12 rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold text-stone-900" data-testid="stop-camera">
          {t("stopCamera")}
        </button>
      ) : (
        <button type="button" onClick={() => void start()} className="min-h-12 rounded-lg bg-stone-900 px-4 py-2 font-semibold text-white" data-testid="scan-camera">
          {t("camera")}
        </button>
      )}
      <div hidden={!scanning} className="flex flex-col gap-1">
        <video ref={videoRef} muted playsInline className="aspect-video w-full rounded-lg bg-black object-cover" />
        <p className="text-sm text-stone-600">{t("cameraHint")}</p>
      </div>
      {notice && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="camera-notice">
          {t(notice)}
        </p>
      )}
    </div>
  );
}
